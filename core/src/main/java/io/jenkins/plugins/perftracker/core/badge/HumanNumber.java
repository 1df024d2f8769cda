package io.jenkins.plugins.perftracker.core.badge;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers for a badge: three significant digits, SI suffixes from a thousand up ("1.23k", "45.6M"),
 * plain decimals below ("12.3", "0.0123"), scientific notation for tiny magnitudes ("1.5e-7").
 * Locale-independent, so the same value always gives the same badge.
 */
public final class HumanNumber {
    private static final String[] SUFFIXES = {"", "k", "M", "G", "T", "P", "E"};
    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_UP);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final double TINY = 1e-4;

    private HumanNumber() {
    }

    /** The value in at most three significant digits; requires a finite value. */
    public static String format(final double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A finite number expected but was " + value);
        }
        if (value == 0) {
            return "0";
        }
        if (Math.abs(value) < TINY) {
            return scientific(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(THREE_DIGITS);
        int suffix = 0;
        while (rounded.abs().compareTo(THOUSAND) >= 0 && suffix < SUFFIXES.length - 1) {
            rounded = rounded.divide(THOUSAND).round(THREE_DIGITS);
            suffix++;
        }
        return rounded.stripTrailingZeros().toPlainString() + SUFFIXES[suffix];
    }

    private static String scientific(final double value) {
        BigDecimal rounded = new BigDecimal(value).round(THREE_DIGITS).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointRight(-exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "e" + exponent;
    }
}
