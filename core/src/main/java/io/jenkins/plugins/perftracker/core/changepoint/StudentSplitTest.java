package io.jenkins.plugins.perftracker.core.changepoint;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Pooled two-sample Student t-test, two-sided, as scipy's {@code ttest_ind_from_stats(equal_var=True)}.
 * The Otava variant feeds it biased (ddof=0) deviations and does not correct the p-value; the calibrated
 * variant uses ddof=1 and corrects for the search over split positions ({@link SplitCalibration}).
 */
final class StudentSplitTest implements SplitTest {
    static final StudentSplitTest OTAVA = new StudentSplitTest(0, false);
    static final StudentSplitTest CALIBRATED = new StudentSplitTest(1, true);

    private static final int CACHED_DF = 2048;
    private static final TDistribution[] DISTRIBUTIONS = new TDistribution[CACHED_DF];

    static {
        for (int df = 1; df < CACHED_DF; df++) {
            DISTRIBUTIONS[df] = TDistribution.of(df);
        }
    }

    private final int ddof;
    private final boolean calibrated;

    private StudentSplitTest(final int ddof, final boolean calibrated) {
        this.ddof = ddof;
        this.calibrated = calibrated;
    }

    @Override
    public ChangePoint test(final double[] z, final int from, final int tau, final int to, final int searched) {
        SegmentMoments left = SegmentMoments.of(z, from, tau, ddof);
        SegmentMoments right = SegmentMoments.of(z, tau, to, ddof);
        double p = pValue(left, right);
        return ChangePoint.of(tau, calibrated ? SplitCalibration.correct(p, searched) : p, left, right);
    }

    /** Two-sided p of the pooled t statistic; 1 when it is undefined (≤ 2 values, or 0/0). */
    static double pValue(final SegmentMoments left, final SegmentMoments right) {
        double t = absT(left, right);
        return Double.isNaN(t) ? 1.0 : Math.min(1.0, 2 * distribution(left.n() + right.n() - 2)
                .survivalProbability(t));
    }

    /**
     * |t| of the pooled t statistic, NaN when it is undefined. Its two-sided p is never below the normal one
     * of the same |t|, so a |t| under a normal quantile proves a p above that level without the costlier
     * Student tail.
     */
    static double absT(final SegmentMoments left, final SegmentMoments right) {
        int n1 = left.n();
        int n2 = right.n();
        int df = n1 + n2 - 2;
        if (df <= 0) {
            return Double.NaN;
        }
        double pooled = ((n1 - 1) * left.std() * left.std() + (n2 - 1) * right.std() * right.std()) / df;
        return Math.abs((left.mean() - right.mean()) / Math.sqrt(pooled * (1.0 / n1 + 1.0 / n2)));
    }

    private static TDistribution distribution(final int df) {
        return df < CACHED_DF ? DISTRIBUTIONS[df] : TDistribution.of(df);
    }
}
