package io.jenkins.plugins.perftracker.core.view;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import io.jenkins.plugins.perftracker.core.stats.FixedPoint;

/** How pages show numbers, as PerfTracker humanises scores. */
final class Numbers {
    private Numbers() {
    }

    /** A score: above 100 as an integer (halves away from zero), otherwise about three significant digits; "-" when missing. */
    static String score(final double value) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        if (Math.abs(value) > 100) {
            return new BigDecimal(value).setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
    }

    /** A relative change as a signed percentage with one decimal ("+12.5%"), "-" when missing. */
    static String percent(final double relative) {
        if (!Double.isFinite(relative)) {
            return "-";
        }
        double rounded = Math.round(relative * 1000) / 10.0;
        return (rounded > 0 ? "+" : "") + BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * A relative change as every page and the CLI print it: a signed percentage with two decimals, as benchstat
     * ("-17.39%", "+0.00%"), or a factor from twice the old value on ("33.15×"); "-" when missing.
     */
    static String change(final double relative) {
        if (!Double.isFinite(relative)) {
            return "-";
        }
        if (relative >= 1) {
            return FixedPoint.of(1 + relative, 2) + "×";
        }
        return FixedPoint.signed(100 * relative, 2) + "%";
    }

    /** An oriented ratio (above 1 is better) as "+12.30% better", "-8.00% worse" or "+0.00% (no change)". */
    static String oriented(final double betterRatio) {
        if (!Double.isFinite(betterRatio)) {
            return "-";
        }
        String word = betterRatio > 1 ? " better" : betterRatio < 1 ? " worse" : " (no change)";
        return change(betterRatio - 1) + word;
    }
}
