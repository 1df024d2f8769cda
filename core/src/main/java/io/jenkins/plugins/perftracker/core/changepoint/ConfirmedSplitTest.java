package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.Arrays;

/**
 * The robust mode's test: the calibrated t-test, confirmed by the rank-sum test with the same correction. The
 * p-value is the larger of the two, so the change point is kept only if both find it significant: spikes, which
 * fake a t, cannot fake ranks. One exception: where both sides have no outlier ({@link Outliers}) and are too
 * short for ranks ever to reach the threshold (5 + 5 values; two new builds after 200), the t-test alone
 * decides, so short series and fresh steps keep its power.
 *
 * <p>The rank test (a sort) is skipped when the t-test alone already rejects the split at the strict threshold,
 * and it compares at most {@value #REACH} windows of values each side of the split, so it costs O(w log w), not
 * O(L log L), however long the segments grow: the update after each build re-tests the last change point. (One
 * window each side was too little: a 1σ step found within ±3 builds fell from 76% to 57%; 4 keeps 75%.)
 */
final class ConfirmedSplitTest implements SplitTest {
    /** Windows each side of the split the rank test reads at most. */
    static final int REACH = 4;

    private final double threshold;
    private final int window;

    ConfirmedSplitTest(final ChangePointOptions options) {
        this.threshold = options.maxPValue();
        this.window = options.window();
    }

    @Override
    public ChangePoint test(final double[] z, final int from, final int tau, final int to, final int searched) {
        ChangePoint t = StudentSplitTest.CALIBRATED.test(z, from, tau, to, searched);
        if (t.pValue() >= threshold) {
            return t;
        }
        double rank = SplitCalibration.correct(confirmingRankP(z, from, tau, to, window, threshold, searched),
                searched);
        return rank > t.pValue() ? t.withPValue(rank) : t;
    }

    /**
     * The raw rank-sum p of at most {@link #REACH} windows of values each side of τ within z[from, to), or 0 (no
     * objection) when both sides have two values or more and no outlier and are too few for ranks to ever reach
     * the threshold (with {@code searched} for the correction).
     */
    static double confirmingRankP(final double[] z, final int from, final int tau, final int to, final int window,
                                  final double threshold, final int searched) {
        int reach = REACH * window;
        double[] left = Arrays.copyOfRange(z, Math.max(from, tau - reach), tau);
        double[] right = Arrays.copyOfRange(z, tau, Math.min(to, tau + reach));
        Arrays.sort(left);
        Arrays.sort(right);
        double[] rank = RankSum.pValueAndSmallest(left, right);
        if (left.length >= 2 && right.length >= 2 && Outliers.none(left) && Outliers.none(right)
                && !(SplitCalibration.correct(rank[1], searched) < threshold)) {
            return 0;
        }
        return rank[0];
    }
}
