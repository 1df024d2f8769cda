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
    private final ChangePointOptions options;

    RobustPass(final ChangePointOptions options) {
        this.options = options;
    }

    /**
     * The final change points of z.
     *
     * @param merged         the change points of the merge pass
     * @param previousFinal  the final change points of a shorter version of the series (or none)
     * @param previousLength its length
     */
    List<ChangePoint> run(final double[] z, final List<ChangePoint> merged, final List<ChangePoint> previousFinal,
                          final int previousLength) {
        int[] refined = new Refinement(options).refine(z, merged);
        // the previous last change point may come from the tail test: never reuse its description
        int reusable = Math.max(0, previousFinal.size() - 1);
        int reusableEnd = reusable == previousFinal.size() ? previousLength : previousFinal.get(reusable).index();
        MergePass confirmed = new MergePass(options, new ConfirmedSplitTest(options));
        List<ChangePoint> points = new ArrayList<>(confirmed.merge(z,
                confirmed.describe(z, refined, previousFinal.subList(0, reusable), reusableEnd)));
        ChangePoint tail = new TailTest(options).test(z, points.isEmpty() ? 0 : points.get(points.size() - 1).index());
        if (tail != null) {
            points.add(tail);
        }
        return points;
    }
}
