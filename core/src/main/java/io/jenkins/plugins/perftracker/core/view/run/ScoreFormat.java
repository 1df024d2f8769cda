package io.jenkins.plugins.perftracker.core.view.run;

import java.math.BigDecimal;
import java.math.MathContext;

/** PerfTracker's score display: values above 100 as whole numbers, smaller ones with three significant digits. */
public final class ScoreFormat {
    private ScoreFormat() {
    }

    public static String score(final double value) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        if (Math.abs(value) > 100) {
            return String.valueOf(Math.round(value));
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
