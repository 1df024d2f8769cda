package io.jenkins.plugins.perftracker.core.compare;

/**
 * The knobs of a comparison.
 *
 * @param alpha      the significance level applied to the multiplicity-adjusted p-values (default 0.05)
 * @param minEffect  the smallest relative change worth reporting, e.g. 0.02 for 2 % (criterion uses 1 %)
 * @param confidence the confidence level of the change intervals (default 0.95)
 */
public record CompareOptions(double alpha, double minEffect, double confidence) {
    public CompareOptions {
        if (!(alpha > 0 && alpha < 1) || !(minEffect >= 0) || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("0 < alpha < 1, minEffect >= 0 and 0 < confidence < 1 expected but was "
                    + alpha + ", " + minEffect + ", " + confidence);
        }
    }

    /** alpha 0.05, minimum effect 2 %, 95 % intervals. */
    public static CompareOptions defaults() {
        return new CompareOptions(0.05, 0.02, 0.95);
    }

    /** The same options with another minimum effect. */
    public CompareOptions withMinEffect(final double effect) {
        return new CompareOptions(alpha, effect, confidence);
    }
}
