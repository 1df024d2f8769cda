package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.ArrayList;
import java.util.List;

/**
 * What the robust mode adds after Otava's split and merge passes (which it runs with the calibrated t-test):
 * the change points are refined and the segments rescanned ({@link Refinement}), then described and merged
 * again with the rank-confirmed test ({@link ConfirmedSplitTest}), and the newest values get their own test
 * ({@link TailTest}). A function of the values and the merged change points; an update reuses the
 * description of every change point whose neighbours did not move, which gives the same result bit for bit.
 */
final class RobustPass {
    private final Refinement refinement;
    private final MergePass confirmed;
    private final TailTest tailTest;

    /** Immutable and thread-safe: one per detector, so the thresholds' normal quantiles are computed once. */
    RobustPass(final ChangePointOptions options) {
        this.refinement = new Refinement(options);
        this.confirmed = new MergePass(options, new ConfirmedSplitTest(options));
        this.tailTest = new TailTest(options);
    }

    /**
     * The final change points of z.
     *
     * @param merged             the change points of the merge pass
     * @param previousConfirmed  the confirmed change points of a shorter version of the series (or none), whose
     *                           descriptions are reused where index and neighbours are unchanged
     * @param previousLength     its length
     */
    Result run(final double[] z, final List<ChangePoint> merged, final List<ChangePoint> previousConfirmed,
               final int previousLength) {
        int[] refined = refinement.refine(z, merged);
        List<ChangePoint> points = new ArrayList<>(confirmed.merge(z,
                confirmed.describe(z, refined, previousConfirmed, previousLength)));
        ChangePoint tail = tailTest.test(z, points.isEmpty() ? 0 : points.get(points.size() - 1).index());
        if (tail != null) {
            points.add(tail);
        }
        return new Result(points, tail != null);
    }

    /** The change points, and whether the last one comes from the test of the newest values. */
    record Result(List<ChangePoint> changePoints, boolean endsWithTail) {
    }
}
