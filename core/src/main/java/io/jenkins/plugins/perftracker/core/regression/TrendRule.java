package io.jenkins.plugins.perftracker.core.regression;

/**
 * PerfTracker's first-versus-last rule: with 2 to 6 points, a least-squares line over x = 0..n−1 gives
 * begin = p(0) and end = p(n−1); with more points, begin and end are the means of the first 3 and last 3.
 * The ratio is end/begin, or begin/end when less is better, so that below 1 always means worse.
 */
public final class TrendRule {
    static final int FIT_LIMIT = 6;
    static final int EDGE = 3;

    private TrendRule() {
    }

    /** The ratio of a series' values (zeros already skipped); 1 for a single point, NaN for none. */
    public static double ratio(final double[] y, final boolean lessIsBetter) {
        if (y.length == 0) {
            return Double.NaN;
        }
        double[] ends = y.length <= FIT_LIMIT ? fittedEnds(y) : edgeMeans(y);
        return lessIsBetter ? ends[0] / ends[1] : ends[1] / ends[0];
    }

    /** p(0) and p(n−1) of the least-squares line through (i, y[i]). */
    static double[] fittedEnds(final double[] y) {
        int n = y.length;
        if (n == 1) {
            return new double[] {y[0], y[0]};
        }
        double meanX = (n - 1) / 2.0;
        double meanY = 0;
        for (double v : y) {
            meanY += v / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - meanX) * (y[i] - meanY);
            sxx += (i - meanX) * (i - meanX);
        }
        double slope = sxy / sxx;
        return new double[] {meanY - slope * meanX, meanY + slope * (n - 1 - meanX)};
    }

    private static double[] edgeMeans(final double[] y) {
        double first = 0;
        double last = 0;
        for (int i = 0; i < EDGE; i++) {
            first += y[i] / EDGE;
            last += y[y.length - 1 - i] / EDGE;
        }
        return new double[] {first, last};
    }
}
