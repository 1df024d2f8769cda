package io.jenkins.plugins.perftracker.core.changepoint;

/**
 * The robust mode's look at a series' own residuals: does a sample have a value further than
 * {@value #LIMIT} robust standard deviations (interquartile range / 1.349) from its median? Gaussian samples of
 * up to a few hundred values rarely do (a few per cent); heavy-tailed ones (spikes, Student t, log-normal
 * latencies) almost always do. Where none has, the t-test is trusted; where one has, ranks must confirm it.
 */
final class Outliers {
    static final double LIMIT = 4.0;
    /** Fewer values give too rough a quartile range to call any of them an outlier. */
    static final int MIN_VALUES = 8;
    private static final double IQR_PER_SIGMA = 1.349;

    private Outliers() {
    }

    /** True if no value of the ascending {@code sorted} lies beyond the limit (always for fewer than 8). */
    static boolean none(final double[] sorted) {
        int n = sorted.length;
        if (n < MIN_VALUES) {
            return true;
        }
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double limit = LIMIT * (sorted[(3 * n) / 4] - sorted[n / 4]) / IQR_PER_SIGMA;
        return sorted[n - 1] - median <= limit && median - sorted[0] <= limit;
    }
}
