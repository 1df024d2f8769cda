package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.ArrayList;
import java.util.List;

/**
 * E-divisive inside one window (Otava's {@code EDIVISIVE_TTEST}): repeatedly take the interval whose best
 * split has the largest Q̂, test that split over the whole interval, and stop at the first split that is not
 * significant. An interval's best split depends only on its values, so it is scanned once and cached
 * (Otava rescans every interval each round and gets the same candidates). Not thread-safe.
 */
final class WindowDivisive {
    private final SplitTest test;
    private final double threshold;
    private final boolean ranked;
    private final QHatScanner scanner = new QHatScanner();
    private double[] scan = new double[0];

    WindowDivisive(final ChangePointOptions options) {
        this.test = SplitTest.of(options.mode());
        this.threshold = options.weakPValue();
        this.ranked = options.mode() == ChangePointOptions.Mode.RANK;
    }

    /** The change points of z[s, e), absolute indices in ascending order. */
    List<Integer> changePoints(final double[] z, final int s, final int e) {
        prepareScan(z, s, e);
        List<Interval> intervals = new ArrayList<>();
        intervals.add(interval(s, s, e));
        List<Integer> found = new ArrayList<>();
        while (true) {
            int pick = strongest(intervals);
            if (pick < 0) {
                return found;
            }
            Interval chosen = intervals.get(pick);
            int tau = chosen.candidate;
            if (!(test.test(z, chosen.from, tau, chosen.to, chosen.to - chosen.from).pValue() <= threshold)) {
                return found;
            }
            intervals.set(pick, interval(s, chosen.from, tau));
            intervals.add(pick + 1, interval(s, tau, chosen.to));
            found.add(insertionPoint(found, tau), tau);
        }
    }

    /** The index of the interval with the largest Q̂ (the first on ties), or −1 if none can be split. */
    private static int strongest(final List<Interval> intervals) {
        int best = -1;
        double bestQ = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < intervals.size(); i++) {
            Interval candidate = intervals.get(i);
            if (candidate.to - candidate.from > 1 && (best < 0 || candidate.qhat > bestQ)) {
                best = i;
                bestQ = candidate.qhat;
            }
        }
        return best;
    }

    private Interval interval(final int s, final int from, final int to) {
        if (to - from < 2) {
            return new Interval(from, to, -1, Double.NEGATIVE_INFINITY);
        }
        QHatScanner.Candidate best = scanner.best(scan, from - s, to - s);
        return new Interval(from, to, best.index() + s, best.qhat());
    }

    /** The values the scan sees: the window itself, or its mid-ranks in the rank mode. */
    private void prepareScan(final double[] z, final int s, final int e) {
        if (scan.length < e - s) {
            scan = new double[Math.max(e - s, 2 * scan.length)];
        }
        if (ranked) {
            Ranks.of(z, s, e, scan);
        } else {
            System.arraycopy(z, s, scan, 0, e - s);
        }
    }

    private static int insertionPoint(final List<Integer> sorted, final int value) {
        int i = 0;
        while (i < sorted.size() && sorted.get(i) < value) {
            i++;
        }
        return i;
    }

    /** A segment of the window between change points, with its best split. */
    private record Interval(int from, int to, int candidate, double qhat) {
    }
}
