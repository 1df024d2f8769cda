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
            double v = z[from + i];
            int lo = Arrays.binarySearch(sorted, v);
            int hi = lo;
            while (lo > 0 && sorted[lo - 1] == v) {
                lo--;
            }
            while (hi + 1 < n && sorted[hi + 1] == v) {
                hi++;
            }
            out[i] = (lo + hi) / 2.0 + 1;
        }
    }
}
