package io.jenkins.plugins.perftracker.core.changepoint;

/**
 * The robust mode's test: the calibrated t-test, confirmed by the rank-sum test with the same correction.
 * The p-value is the larger of the two, so a change point is kept only if both find it significant: on
 * Gaussian noise the t-test bounds the false alarms, on heavy tails (where spikes fake a t) the rank test does.
 * The rank test (a sort) is skipped when the t-test alone already rejects the split at the strict threshold.
 */
final class ConfirmedSplitTest implements SplitTest {
    private final double threshold;

    ConfirmedSplitTest(final double threshold) {
        this.threshold = threshold;
    }

    @Override
    public ChangePoint test(final double[] z, final int from, final int tau, final int to, final int searched) {
        ChangePoint t = StudentSplitTest.CALIBRATED.test(z, from, tau, to, searched);
        if (t.pValue() >= threshold) {
            return t;
        }
        double rank = SplitCalibration.correct(RankSum.pValue(z, from, tau, to), searched);
        return rank > t.pValue() ? t.withPValue(rank) : t;
    }
}
