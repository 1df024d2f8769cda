package io.jenkins.plugins.perftracker.core.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Whether one new value belongs to a reference sample (e.g. the means of the last N builds): Student's
 * prediction interval, t = (x − mean) / (s·√(1 + 1/N)) with N − 1 degrees of freedom. This makes the build the
 * unit of replication, so that build-to-build noise (runner, machine) is part of the null hypothesis.
 * Without spread in the reference the value either equals its mean (p = 1) or not (p = 0).
 */
public final class PredictionTest {
    private PredictionTest() {
    }

    /** The two-sided p-value of {@code value} against {@code reference}; needs two reference values. */
    public static TestResult test(final double[] reference, final double value) {
        if (reference.length < 2) {
            return TestResult.NONE;
        }
        Summary s = Summary.of(reference);
        double scale = s.std() * Math.sqrt(1 + 1.0 / s.n());
        if (scale == 0) {
            return new TestResult(value == s.mean() ? 0 : Math.copySign(Double.POSITIVE_INFINITY, value - s.mean()),
                    value == s.mean() ? 1 : 0);
        }
        double t = (value - s.mean()) / scale;
        return new TestResult(t, Math.min(1, 2 * TDistribution.of(s.n() - 1).survivalProbability(Math.abs(t))));
    }

    /** The relative change of {@code value} against the reference mean, with the prediction interval. */
    public static ChangeEstimate relativeChange(final double[] reference, final double value, final double confidence) {
        Summary s = Summary.of(reference);
        if (reference.length == 0 || s.mean() == 0) {
            return ChangeEstimate.none(confidence);
        }
        double change = value / s.mean() - 1;
        if (reference.length < 2) {
            return new ChangeEstimate(change, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, confidence);
        }
        double half = TDistribution.of(s.n() - 1).inverseSurvivalProbability((1 - confidence) / 2)
                * s.std() * Math.sqrt(1 + 1.0 / s.n());
        double lo = (value - half) / s.mean() - 1;
        double hi = (value + half) / s.mean() - 1;
        return new ChangeEstimate(change, Math.min(lo, hi), Math.max(lo, hi), confidence);
    }
}
