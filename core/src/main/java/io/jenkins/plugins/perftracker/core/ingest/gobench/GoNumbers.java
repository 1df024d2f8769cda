package io.jenkins.plugins.perftracker.core.ingest.gobench;

/**
 * Numbers straight from a line's characters, without a String per field (Go text, Otava CSV). Plain decimals with at most 15
 * significant digits and a small exponent (what {@code go test} prints) are computed exactly as
 * {@link Double#parseDouble(String)} would round them (one correctly rounded multiplication or division of two
 * exact doubles); anything else falls back to {@code Double.parseDouble}, so results are identical.
 */
public final class GoNumbers {
    private static final int MAX_DIGITS = 15;
    private static final double[] POWERS = new double[23];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private GoNumbers() {
    }

    /** The number in {@code chars[from, to)}; throws NumberFormatException as Double.parseDouble does. */
    public static double parseDouble(final char[] chars, final int from, final int to) {
        int i = from;
        boolean negative = i < to && chars[i] == '-';
        if (i < to && (chars[i] == '-' || chars[i] == '+')) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        int start = i;
        boolean point = false;
        for (; i < to; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                if (mantissa != 0 || c != '0') {
                    mantissa = mantissa * 10 + c - '0';
                    digits++;
                }
                scale += point ? 1 : 0;
            }
            else if (c == '.' && !point) {
                point = true;
            }
            else {
                break;
            }
        }
        boolean noDigits = i - start - (point ? 1 : 0) == 0;
        int exponent = 0;
        if (i < to && (chars[i] == 'e' || chars[i] == 'E') && !noDigits) {
            int e = exponent(chars, i + 1, to);
            if (e == Integer.MIN_VALUE) {
                return slow(chars, from, to);
            }
            exponent = e;
            i = to;
        }
        if (i != to || noDigits || digits > MAX_DIGITS) {
            return slow(chars, from, to);
        }
        return scaled(negative, mantissa, exponent - scale, chars, from, to);
    }

    private static double scaled(final boolean negative, final long mantissa, final int power, final char[] chars,
            final int from, final int to) {
        if (mantissa == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (power < -22 || power > 22) {
            return slow(chars, from, to);
        }
        double value = power < 0 ? mantissa / POWERS[-power] : mantissa * POWERS[power];
        return negative ? -value : value;
    }

    /** The exponent's digits after 'e' (with an optional sign), or MIN_VALUE when they are not plain. */
    private static int exponent(final char[] chars, final int from, final int to) {
        int i = from;
        boolean negative = i < to && chars[i] == '-';
        if (i < to && (chars[i] == '-' || chars[i] == '+')) {
            i++;
        }
        if (i == to || to - i > 4) {
            return Integer.MIN_VALUE;
        }
        int value = 0;
        for (; i < to; i++) {
            if (chars[i] < '0' || chars[i] > '9') {
                return Integer.MIN_VALUE;
            }
            value = value * 10 + chars[i] - '0';
        }
        return negative ? -value : value;
    }

    private static double slow(final char[] chars, final int from, final int to) {
        return Double.parseDouble(new String(chars, from, to - from));
    }

    /**
     * The iteration count in {@code chars[from, to)}: at most 18 digits (as {@link Character#isDigit} sees them),
     * or -1 when it is not such a number.
     */
    static long parseCount(final char[] chars, final int from, final int to) {
        if (to - from > 18) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                value = value * 10 + c - '0';
            }
            else if (Character.isDigit(c)) {
                return Long.parseLong(new String(chars, from, to - from));
            }
            else {
                return -1;
            }
        }
        return value;
    }
}
