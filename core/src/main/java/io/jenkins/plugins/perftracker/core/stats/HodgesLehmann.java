package io.jenkins.plugins.perftracker.core.stats;

/**
 * The Hodges–Lehmann estimate of the shift between two samples (the median of all pairwise differences) with
 * Moses' distribution-free confidence interval (order statistics of the same differences at the Mann-Whitney
 * critical value), the interval R's {@code wilcox.test(conf.int = TRUE)} gives. Positive samples are compared
 * on the log scale, so the shift is a ratio new/old that does not depend on the unit; otherwise the additive
 * shift is divided by the old sample's median.
 */
public final class HodgesLehmann {
    private HodgesLehmann() {
    }

    /** The relative change of {@code newer} against {@code older}, with its interval at the given confidence. */
    public static ChangeEstimate relativeChange(final double[] older, final double[] newer, final double confidence) {
        if (older.length == 0 || newer.length == 0) {
            return ChangeEstimate.none(confidence);
        }
        if (allPositive(older) && allPositive(newer)) {
            double[] shift = shift(logs(older), logs(newer), confidence);
            return new ChangeEstimate(Math.expm1(shift[1]), ratioBound(shift[0]), Math.expm1(shift[2]), confidence);
        }
        double base = median(older.clone());
        if (base <= 0) {
            return ChangeEstimate.none(confidence);
        }
        double[] shift = shift(older, newer, confidence);
        return new ChangeEstimate(shift[1] / base, shift[0] / base, shift[2] / base, confidence);
    }

    /** An open lower bound stays open (−∞), instead of becoming a ratio of 0, i.e. a change of −100 %. */
    private static double ratioBound(final double logShift) {
        return logShift == Double.NEGATIVE_INFINITY ? logShift : Math.expm1(logShift);
    }

    /** Lower bound, estimate and upper bound of the additive shift newer − older. */
    static double[] shift(final double[] older, final double[] newer, final double confidence) {
        double[] d = differences(older, newer);
        int u = UDistribution.criticalValue(older.length, newer.length, 1 - confidence);
        double median = median(d);
        if (u < 0) {
            return new double[] {Double.NEGATIVE_INFINITY, median, Double.POSITIVE_INFINITY};
        }
        // selecting the median left the smaller half below the middle and the larger half above it, and the
        // critical value lies below the middle: each bound is searched in its half only
        int lowMid = (d.length - 1) / 2;
        double lower = Selection.select(d, 0, lowMid, u);
        double upper = Selection.select(d, lowMid, d.length - 1, d.length - 1 - u);
        return new double[] {lower, median, upper};
    }

    private static double[] differences(final double[] older, final double[] newer) {
        double[] d = new double[older.length * newer.length];
        int k = 0;
        for (double x : older) {
            for (double y : newer) {
                d[k++] = y - x;
            }
        }
        return d;
    }

    /** The median of {@code a}, partially reordering it around its middle. */
    static double median(final double[] a) {
        int lowMid = (a.length - 1) / 2;
        int highMid = a.length / 2;
        double low = Selection.select(a, 0, a.length - 1, lowMid);
        return lowMid == highMid ? low : (low + Selection.select(a, highMid, a.length - 1, highMid)) / 2;
    }

    private static boolean allPositive(final double[] values) {
        for (double v : values) {
            if (!(v > 0)) {
                return false;
            }
        }
        return true;
    }

    private static double[] logs(final double[] values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            logs[i] = Math.log(values[i]);
        }
        return logs;
    }
}
