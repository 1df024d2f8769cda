package io.jenkins.plugins.perftracker.core.changepoint;

/**
 * The robust mode's test: the calibrated t-test, confirmed by the rank-sum test with the same correction.
 * The p-value is the larger of the two, so a change point is kept only if both find it significant: on
 * Gaussian noise the t-test bounds the false alarms, on heavy tails (where spikes fake a t) the rank test does.
 * The rank test (a sort) is skipped when the t-test alone already rejects the split at the strict threshold,
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
        double rank = SplitCalibration.correct(localRankP(z, from, tau, to, window), searched);
        return rank > t.pValue() ? t.withPValue(rank) : t;
    }

    /** The raw rank-sum p of at most {@link #REACH} windows of values each side of τ within z[from, to). */
    static double localRankP(final double[] z, final int from, final int tau, final int to, final int window) {
        int reach = REACH * window;
        return RankSum.pValue(z, Math.max(from, tau - reach), tau, Math.min(to, tau + reach));
    }
}
