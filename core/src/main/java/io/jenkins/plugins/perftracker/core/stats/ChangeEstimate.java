package io.jenkins.plugins.perftracker.core.stats;

/**
 * A relative change new/old − 1 with its confidence interval; the bounds are infinite when the samples are
 * too small for the requested confidence, NaN when no change can be expressed (e.g. an old value of zero).
 *
 * @param change     the point estimate (0.05 = +5 %)
 * @param lower      the lower confidence bound
 * @param upper      the upper confidence bound
 * @param confidence the confidence level of the interval (e.g. 0.95)
 */
public record ChangeEstimate(double change, double lower, double upper, double confidence) {
    /** No estimate at all. */
    public static ChangeEstimate none(final double confidence) {
        return new ChangeEstimate(Double.NaN, Double.NaN, Double.NaN, confidence);
    }

    public boolean hasEstimate() {
        return !Double.isNaN(change);
    }

    /** Whether the interval is bounded on both sides. */
    public boolean hasInterval() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }

    /** The same change measured in the other direction (old against new). */
    public ChangeEstimate inverse() {
        return new ChangeEstimate(invert(change), invert(upper), invert(lower), confidence);
    }

    private static double invert(final double relative) {
        if (relative == Double.NEGATIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        return relative == Double.POSITIVE_INFINITY ? Double.NEGATIVE_INFINITY : 1 / (1 + relative) - 1;
    }
}
