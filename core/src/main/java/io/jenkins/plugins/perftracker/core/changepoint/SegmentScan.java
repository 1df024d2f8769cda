package io.jenkins.plugins.perftracker.core.changepoint;

/**
 * The best single split of any segment of a series by the largest between-segment sum of squares
 * {@code n1·n2/L·(mean1 − mean2)²}, i.e. the largest |t|, the Gaussian maximum-likelihood position of one
 * step. O(L) per segment from prefix sums built once in O(n); the sums are of the values minus the first one,
 * so large levels (150000 ± 10) keep their digits. Only the position comes from the sums: tests re-read the
 * values. Ties resolve to the smallest position.
 */
final class SegmentScan {
    /** Values each side of a split at least: a single value is never evidence of a new level. */
    static final int MIN_SIDE = 2;

    private final double[] prefix;
    private final double[] scores;

    SegmentScan(final double[] z) {
        prefix = new double[z.length + 1];
        scores = new double[z.length + 1];
        double origin = z.length == 0 ? 0 : z[0];
        for (int i = 0; i < z.length; i++) {
            prefix[i + 1] = prefix[i] + (z[i] - origin);
        }
    }

    /** The τ in [a + MIN_SIDE, b − MIN_SIDE] that best splits z[a, b), or −1 if the segment is too short. */
    int best(final int a, final int b) {
        int first = a + MIN_SIDE;
        int last = b - MIN_SIDE;
        if (last < first) {
            return -1;
        }
        int length = b - a;
        double mean = (prefix[b] - prefix[a]) / length;
        double base = prefix[a];
        for (int tau = first; tau <= last; tau++) { // independent iterations: the JIT vectorises them
            int n1 = tau - a;
            double d = prefix[tau] - base - mean * n1;
            scores[tau] = d * d / ((double) n1 * (length - n1));
        }
        int bestTau = first;
        for (int tau = first + 1; tau <= last; tau++) {
            if (scores[tau] > scores[bestTau]) {
                bestTau = tau;
            }
        }
        return bestTau;
    }
}
