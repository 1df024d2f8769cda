package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The robust mode's last passes over the merged change points, using the whole segments instead of the
 * 50-value windows that found them (a 1σ step seen by one window is placed only roughly, or missed):
 * <ol>
 *   <li>refine: move each change point to the best split ({@link SegmentScan}) between its neighbours, which
 *       only raises the likelihood, so the rounds end;</li>
 *   <li>rescan: split any segment whose best split is significant, with the p-value corrected for the search
 *       over all its positions ({@link SplitCalibration#correctExhaustive}) and confirmed as
 *       {@link ConfirmedSplitTest} does.</li>
 * </ol>
 * {@link RobustPass} then describes and merges again, so every change point reported passed the same test.
 * A function of the values and the merged change points only, recomputed in full by every update.
 */
final class Refinement {
    private static final int MAX_ROUNDS = 10;
    /** A segment shorter than this is not rescanned. */
    private static final int MIN_SEGMENT = 8;

    private final double threshold;
    private final int window;
    /** |t| below this has a raw p ≥ threshold, hence a corrected one too (see StudentSplitTest#absT). */
    private final double minT;

    Refinement(final ChangePointOptions options) {
        this.threshold = options.maxPValue();
        this.window = options.window();
        this.minT = NormalDistribution.of(0, 1).inverseSurvivalProbability(threshold / 2);
    }

    /** The refined change point indices of z, ascending. */
    int[] refine(final double[] z, final List<ChangePoint> merged) {
        SegmentScan scan = new SegmentScan(z);
        List<Integer> indices = new ArrayList<>(merged.stream().map(ChangePoint::index).toList());
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean moved = move(scan, z.length, indices);
            boolean added = split(z, scan, indices);
            if (!moved && !added) {
                break;
            }
        }
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean move(final SegmentScan scan, final int n, final List<Integer> indices) {
        boolean moved = false;
        for (int i = 0; i < indices.size(); i++) {
            int best = scan.best(i == 0 ? 0 : indices.get(i - 1), i == indices.size() - 1 ? n : indices.get(i + 1));
            if (best >= 0 && best != indices.get(i)) {
                indices.set(i, best);
                moved = true;
            }
        }
        return moved;
    }

    private boolean split(final double[] z, final SegmentScan scan, final List<Integer> indices) {
        boolean added = false;
        for (int i = 0; i <= indices.size(); i++) {
            int a = i == 0 ? 0 : indices.get(i - 1);
            int b = i == indices.size() ? z.length : indices.get(i);
            if (b - a >= MIN_SEGMENT) {
                int tau = scan.best(a, b);
                if (significant(z, a, tau, b)) {
                    indices.add(i, tau);
                    added = true;
                    i++;
                }
            }
        }
        return added;
    }

    /** The t-test of the best split, corrected for the search over all positions, confirmed by the rank test. */
    private boolean significant(final double[] z, final int a, final int tau, final int b) {
        SegmentMoments left = SegmentMoments.of(z, a, tau, 1);
        SegmentMoments right = SegmentMoments.of(z, tau, b, 1);
        if (!(StudentSplitTest.absT(left, right) >= minT)) {
            return false;
        }
        return SplitCalibration.correctExhaustive(StudentSplitTest.pValue(left, right), b - a) < threshold
                && SplitCalibration.correctExhaustive(
                ConfirmedSplitTest.confirmingRankP(z, a, tau, b, window, threshold, b - a), b - a) < threshold;
    }
}
