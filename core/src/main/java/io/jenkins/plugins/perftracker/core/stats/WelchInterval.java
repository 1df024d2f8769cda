package io.jenkins.plugins.perftracker.core.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The relative change of two means known only by their summaries, with Welch's confidence interval of the
 * difference (Welch–Satterthwaite degrees of freedom) divided by the old mean. The division ignores the old
 * mean's own uncertainty; it is the interval users read as "±x %" next to a mean.
 */
public final class WelchInterval {
    private WelchInterval() {
    }

    /** The change of {@code newer} against {@code older}; unbounded when a side has fewer than two values. */
    public static ChangeEstimate relativeChange(final Summary older, final Summary newer, final double confidence) {
        if (older.mean() == 0 || older.n() == 0 || newer.n() == 0) {
            return ChangeEstimate.none(confidence);
        }
        double diff = newer.mean() - older.mean();
        double change = diff / older.mean();
        if (older.n() < 2 || newer.n() < 2) {
            return new ChangeEstimate(change, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, confidence);
        }
        double a = older.variance() / older.n();
        double b = newer.variance() / newer.n();
        double se = Math.sqrt(a + b);
        if (se == 0) {
            return new ChangeEstimate(change, change, change, confidence);
        }
        double half = TDistribution.of(welchDf(a, b, older.n(), newer.n()))
                .inverseSurvivalProbability((1 - confidence) / 2) * se;
        double lo = (diff - half) / older.mean();
        double hi = (diff + half) / older.mean();
        return new ChangeEstimate(change, Math.min(lo, hi), Math.max(lo, hi), confidence);
    }

    /** Welch–Satterthwaite degrees of freedom from the variances of the means a = s1²/n1 and b = s2²/n2. */
    private static double welchDf(final double a, final double b, final int n1, final int n2) {
        return (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
    }
}
