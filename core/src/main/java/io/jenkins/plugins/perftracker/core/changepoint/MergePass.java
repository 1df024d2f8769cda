package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.ArrayList;
import java.util.List;

/**
 * Otava's merge pass: while some change point is not significant at the strict threshold (or, when all are,
 * the smallest is not larger than the minimum magnitude), remove the weakest and retest its neighbours
 * against their new, longer segments. Otava retests the right neighbour and the one after it and leaves the
 * left neighbour stale (its right segment grew); the calibrated modes retest both neighbours (i − 1 and i
 * after removing i). The OTAVA mode keeps the quirk: its parity with Otava's published TigerBeetle results
 * depends on it (5 of 10 settings differ without it).
 */
final class MergePass {
    private final ChangePointOptions options;
    private final SplitTest test;

    MergePass(final ChangePointOptions options) {
        this(options, SplitTest.of(options.mode()));
    }

    /** A merge pass with another test of each change point (the robust mode confirms its final ones). */
    MergePass(final ChangePointOptions options, final SplitTest test) {
        this.options = options;
        this.test = test;
    }

    /** Each change point tested against the segments up to its neighbours. */
    List<ChangePoint> describe(final double[] z, final int[] indices) {
        return describe(z, indices, List.of(), 0);
    }

    /**
     * As {@link #describe(double[], int[])}, reusing the description of a change point of an earlier,
     * shorter version of the series (of {@code previousLength} values) when its index and both neighbours are
     * unchanged: the test then sees the same values, so the result is the same, bit for bit.
     */
    List<ChangePoint> describe(final double[] z, final int[] indices, final List<ChangePoint> previous,
                               final int previousLength) {
        List<ChangePoint> points = new ArrayList<>(indices.length);
        int j = 0;
        for (int i = 0; i < indices.length; i++) {
            int from = i == 0 ? 0 : indices[i - 1];
            int to = i == indices.length - 1 ? z.length : indices[i + 1];
            while (j < previous.size() && previous.get(j).index() < indices[i]) {
                j++;
            }
            boolean same = j < previous.size() && previous.get(j).index() == indices[i]
                    && from == (j == 0 ? 0 : previous.get(j - 1).index())
                    && to == (j == previous.size() - 1 ? previousLength : previous.get(j + 1).index());
            points.add(same ? previous.get(j) : test(z, from, indices[i], to));
        }
        return points;
    }

    /** The change points that survive; {@code weak} must be sorted and described against its neighbours. */
    List<ChangePoint> merge(final double[] z, final List<ChangePoint> weak) {
        List<ChangePoint> points = new ArrayList<>(weak);
        while (!points.isEmpty()) {
            int weakest = weakestByPValue(points);
            if (points.get(weakest).pValue() < options.maxPValue()) {
                weakest = weakestByMagnitude(points);
                if (points.get(weakest).magnitude() > options.minMagnitude()) {
                    return List.copyOf(points);
                }
            }
            points.remove(weakest);
            int first = options.mode() == ChangePointOptions.Mode.OTAVA ? weakest : weakest - 1; // see class doc
            retest(z, points, first);
            retest(z, points, first + 1);
        }
        return List.of();
    }

    private void retest(final double[] z, final List<ChangePoint> points, final int i) {
        if (i < 0 || i >= points.size()) {
            return;
        }
        int from = i == 0 ? 0 : points.get(i - 1).index();
        int to = i == points.size() - 1 ? z.length : points.get(i + 1).index();
        points.set(i, test(z, from, points.get(i).index(), to));
    }

    private ChangePoint test(final double[] z, final int from, final int tau, final int to) {
        return test.test(z, from, tau, to, Math.min(to - from, options.window()));
    }

    private static int weakestByPValue(final List<ChangePoint> points) {
        int weakest = 0;
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).pValue() > points.get(weakest).pValue()) {
                weakest = i;
            }
        }
        return weakest;
    }

    private static int weakestByMagnitude(final List<ChangePoint> points) {
        int weakest = 0;
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).magnitude() < points.get(weakest).magnitude()) {
                weakest = i;
            }
        }
        return weakest;
    }
}
