package io.jenkins.plugins.perftracker.core.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A number with a fixed count of decimals, exactly as {@code String.format(Locale.ROOT, "%.3f", value)} writes it
 * (half-up rounding of the decimal digits {@link Double#toString} gives; "-" for negatives, negative zero
 * included), without a {@link java.util.Formatter}: Java 17 builds decimal-format symbols afresh on every call,
 * which made the formatting a visible part of a sub-second comparison on the command line.
 */
public final class FixedPoint {
    private FixedPoint() {
    }

    /** {@code String.format(Locale.ROOT, "%.Nf", value)}. */
    public static String of(final double value, final int decimals) {
        return of(value, decimals, false);
    }

    /** {@code String.format(Locale.ROOT, "%+.Nf", value)}: a "+" before positives and zero. */
    public static String signed(final double value, final int decimals) {
        return of(value, decimals, true);
    }

    private static String of(final double value, final int decimals, final boolean plus) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, plus ? "%+." + decimals + "f" : "%." + decimals + "f", value);
        }
        boolean negative = Double.compare(value, 0.0) < 0;
        String digits = BigDecimal.valueOf(Math.abs(value)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return negative ? "-" + digits : plus ? "+" + digits : digits;
    }
}
