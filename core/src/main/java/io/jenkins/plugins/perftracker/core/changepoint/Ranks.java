package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.Arrays;

/** Mid-ranks (ties share their average rank), the transform the rank mode scans instead of the values. */
final class Ranks {
    private Ranks() {
    }

    /** Ranks 1..n of {@code z[from, to)}, written to {@code out[0, to − from)}. */
    static void of(final double[] z, final int from, final int to, final double[] out) {
        int n = to - from;
        double[] sorted = Arrays.copyOfRange(z, from, to);
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            int lo = lowerBound(sorted, z[from + i]);
            int hi = upperBound(sorted, z[from + i]);
            out[i] = (lo + hi + 1) / 2.0;
        }
    }

    private static int lowerBound(final double[] sorted, final double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], v) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(final double[] sorted, final double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], v) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
