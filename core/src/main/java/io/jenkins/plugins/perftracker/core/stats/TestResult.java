package io.jenkins.plugins.perftracker.core.stats;

/**
 * The outcome of a two-sample test.
 *
 * @param statistic the test statistic (U of the first sample, or t)
 * @param pValue    the two-sided p-value; NaN when the test cannot be computed
 */
public record TestResult(double statistic, double pValue) {
    /** A test that could not run (too few values): NaN statistic and p. */
    public static final TestResult NONE = new TestResult(Double.NaN, Double.NaN);

    public boolean isValid() {
        return !Double.isNaN(pValue);
    }
}
