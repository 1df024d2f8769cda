package io.jenkins.plugins.perftracker.core.changepoint;

/**
 * The significance test of one split {@code z[from, tau)} against {@code z[tau, to)}. Implementations are
 * stateless and thread-safe.
 */
interface SplitTest {
    /**
     * Tests the split and describes it.
     *
     * @param searched how many values the split position was chosen among; the calibrated tests correct the
     *                 p-value for that search, the Otava one ignores it
     */
    ChangePoint test(double[] z, int from, int tau, int to, int searched);

    /** The test of a mode's split pass. */
    static SplitTest of(final ChangePointOptions.Mode mode) {
        return switch (mode) {
            case OTAVA -> StudentSplitTest.OTAVA;
            case CALIBRATED, ROBUST -> StudentSplitTest.CALIBRATED;
            case RANK -> RankSplitTest.INSTANCE;
        };
    }

}
