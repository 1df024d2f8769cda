package io.jenkins.plugins.perftracker.core.changepoint;

/**
 * Fills gaps (NaN) as Otava's {@code fill_missing} does: forward with the previous value, leading gaps
 * backward with the first value. Infinite values are rejected: they would poison every mean.
 */
final class MissingValues {
    private MissingValues() {
    }

    /** A filled copy; all NaN stays all NaN (there is nothing to fill from). */
    static double[] fill(final double[] values) {
        double[] z = values.clone();
        int first = firstValue(z);
        for (int i = 0; i < z.length; i++) {
            if (Double.isInfinite(z[i])) {
                throw new IllegalArgumentException("value at index " + i + " is " + z[i] + "; expected a finite "
                        + "number or NaN for a missing value");
            }
            if (Double.isNaN(z[i]) && first >= 0) {
                z[i] = i < first ? z[first] : z[i - 1];
            }
        }
        return z;
    }

    /** The index of the first value that is not missing, or −1. */
    static int firstValue(final double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                return i;
            }
        }
        return -1;
    }
}
