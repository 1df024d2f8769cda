package io.jenkins.plugins.perftracker.core.changepoint;

/**
 * Mann-Whitney rank-sum test of the split, two-sided ({@link RankSum}: exact for up to 50 values without ties,
 * else normal with tie and continuity correction), with the same correction for the
 * search over split positions as the calibrated t-test. Ranks ignore how far a spike is from the rest, so
 * heavy-tailed data (latencies) no longer fake a shift of the mean. Means and deviations are reported from
 * the values (ddof=1).
 */
final class RankSplitTest implements SplitTest {
    static final RankSplitTest INSTANCE = new RankSplitTest();

    private RankSplitTest() {
    }

    @Override
    public ChangePoint test(final double[] z, final int from, final int tau, final int to, final int searched) {
        SegmentMoments left = SegmentMoments.of(z, from, tau, 1);
        SegmentMoments right = SegmentMoments.of(z, tau, to, 1);
        double p = RankSum.pValue(z, from, tau, to);
        return ChangePoint.of(tau, SplitCalibration.correct(p, searched), left, right);
    }
}
