package io.jenkins.plugins.perftracker.core.stats;

import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * Two-sided two-sample tests: Mann-Whitney U (benchstat's exact distribution with ties, {@link MannWhitney}),
 * Student's pooled t, and Welch's t on raw samples or on summaries.
 *
 * <p>Commons Statistics returns NaN when both variances are zero (0/0). Benchmarks with perfectly stable
 * values (counts, sizes) do exist, so this class decides that case: equal means give p = 1, different
 * means p = 0 — there is no noise that could explain the difference.
 */
public final class TwoSampleTests {
    private static final TTest WELCH = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC);
    private static final TTest STUDENT = TTest.withDefaults().with(DataDispersion.HOMOSCEDASTIC);

    private TwoSampleTests() {
    }

    /** Mann-Whitney U of {@code x} against {@code y} as benchstat computes it; needs a value on each side. */
    public static TestResult mannWhitney(final double[] x, final double[] y) {
        return MannWhitney.test(x, y);
    }

    /** Student's pooled two-sample t-test on raw values. */
    public static TestResult student(final double[] x, final double[] y) {
        return student(Summary.of(x), Summary.of(y));
    }

    /** Welch's two-sample t-test on raw values. */
    public static TestResult welch(final double[] x, final double[] y) {
        return welch(Summary.of(x), Summary.of(y));
    }

    /** Welch's t-test from summaries; needs n ≥ 2 on both sides. */
    public static TestResult welch(final Summary x, final Summary y) {
        return tTest(WELCH, x, y);
    }

    /** Student's pooled t-test from summaries; needs n ≥ 2 on both sides. */
    public static TestResult student(final Summary x, final Summary y) {
        return tTest(STUDENT, x, y);
    }

    private static TestResult tTest(final TTest test, final Summary x, final Summary y) {
        if (x.n() < 2 || y.n() < 2) {
            return TestResult.NONE;
        }
        if (x.std() == 0 && y.std() == 0) {
            return noNoise(x.mean(), y.mean());
        }
        TTest.Result r = test.test(x.mean(), x.variance(), x.n(), y.mean(), y.variance(), y.n());
        return new TestResult(r.getStatistic(), r.getPValue());
    }

    private static TestResult noNoise(final double a, final double b) {
        if (a == b) {
            return new TestResult(0, 1);
        }
        return new TestResult(a > b ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY, 0);
    }
}
