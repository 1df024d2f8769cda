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
        int m = older.length;
        int n = newer.length;
        double[] d = new double[m * n];
        int k = 0;
        for (double x : older) {
            for (double y : newer) {
                d[k++] = y - x;
            }
        }
        int u = UDistribution.criticalValue(m, n, 1 - confidence);
        if (u < 0) {
            return new double[] {Double.NEGATIVE_INFINITY, median(d), Double.POSITIVE_INFINITY};
        }
        int hiIndex = d.length - 1 - u;
        double lower = Selection.select(d, 0, d.length - 1, u);
        double upper = Selection.select(d, u, d.length - 1, hiIndex);
        return new double[] {lower, medianBetween(d, u, hiIndex), upper};
    }

    /** The median of {@code a[from..to]} after the selections above have bracketed it there. */
    private static double medianBetween(final double[] a, final int from, final int to) {
        int lowMid = (a.length - 1) / 2;
        int highMid = a.length / 2;
        double low = Selection.select(a, from, to, lowMid);
        return lowMid == highMid ? low : (low + Selection.select(a, lowMid, to, highMid)) / 2;
    }

    static double median(final double[] a) {
        return medianBetween(a, 0, a.length - 1);
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
