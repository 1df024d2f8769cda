package io.jenkins.plugins.perftracker.core.stats;

/**
 * Mean, standard deviation and size of a sample: what a t-test needs when the raw values are gone.
 *
 * @param mean the arithmetic mean
 * @param std  the standard deviation, read as the sample (n − 1) deviation by the tests
 * @param n    the number of values
 */
public record Summary(double mean, double std, int n) {
    public Summary {
        if (!Double.isFinite(mean) || !(std >= 0) || Double.isInfinite(std) || n < 0) {
            throw new IllegalArgumentException(
                    "finite mean, finite non-negative std and n >= 0 expected but was " + mean + ", " + std + ", " + n);
        }
    }

    /** Summarises raw values with the sample standard deviation (n − 1), 0 for fewer than two values. */
    public static Summary of(final double[] values) {
        int n = values.length;
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = n == 0 ? 0 : sum / n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new Summary(mean, n < 2 ? 0 : Math.sqrt(squares / (n - 1)), n);
    }

    public double variance() {
        return std * std;
    }
}
