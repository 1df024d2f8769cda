package io.jenkins.plugins.perftracker.core.changepoint;

/**
 * Mean, sum of squared deviations and standard deviation of {@code z[from, to)}, by two passes
 * (no running sums of squares: benchmark values such as 150000 ± 10 would lose their digits).
 *
 * @param n     number of values
 * @param mean  their mean
 * @param ss    sum of squared deviations from the mean
 * @param std   standard deviation with the requested ddof (0 for fewer than 2 values, as Otava does)
 */
record SegmentMoments(int n, double mean, double ss, double std) {
    static SegmentMoments of(final double[] z, final int from, final int to, final int ddof) {
        int n = to - from;
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += z[i];
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = from; i < to; i++) {
            double d = z[i] - mean;
            ss += d * d;
        }
        double std = n >= 2 ? Math.sqrt(ss / (n - ddof)) : 0;
        return new SegmentMoments(n, mean, ss, std);
    }
}
