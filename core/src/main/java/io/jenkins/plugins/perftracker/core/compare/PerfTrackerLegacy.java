package io.jenkins.plugins.perftracker.core.compare;

import org.apache.commons.statistics.distribution.TDistribution;

import io.jenkins.plugins.perftracker.core.model.PerfTest;

/**
 * What PerfTracker would say about a cell: its colour rule, kept so that the page can show "PerfTracker would
 * say…" next to the sound outcome. PerfTracker colours a cell when
 * {@code scipy.stats.ttest_ind_from_stats(old.avg, old.avg_dev, old.samples, new.avg, new.avg_dev, new.samples)}
 * (Student's pooled t-test, two-sided) gives p &lt; 0.1 or raises ZeroDivisionError, with the direction taken from
 * the older test's less-is-better flag. Its quirks, as scipy 1.17 behaves:
 * <ul>
 *   <li>samples = 0 on a side raises ZeroDivisionError: the cell IS coloured (a failed test without scores
 *       against a good one shows green or red);</li>
 *   <li>samples = 1 on both sides gives 0 degrees of freedom and p = NaN: never coloured; with one sample on
 *       only one side the test runs with n1 + n2 − 2 degrees of freedom and can colour;</li>
 *   <li>avg_dev is used as if it were the sample deviation, although it is the mean of the sent deviations or
 *       the population deviation of the scores;</li>
 *   <li>zero deviation on both sides with n ≥ 2 gives t = ±∞ and p = 0: every difference is coloured;</li>
 *   <li>p &lt; 0.1 without any multiple-testing correction.</li>
 * </ul>
 */
public final class PerfTrackerLegacy {
    static final double LEGACY_ALPHA = 0.1;

    private PerfTrackerLegacy() {
    }

    /** PerfTracker's colour of the cell comparing {@code newer} against {@code older}. */
    public static LegacyColour colour(final PerfTest older, final PerfTest newer) {
        double oldMean = older.getStats().getAvgScore();
        double newMean = newer.getStats().getAvgScore();
        double p = pValue(oldMean, older.getStats().getAvgDev(), older.getSampleCount(),
                newMean, newer.getStats().getAvgDev(), newer.getSampleCount());
        boolean raisedOrSignificant = Double.isInfinite(p) || p < LEGACY_ALPHA;
        if (!raisedOrSignificant || oldMean == newMean) {
            return LegacyColour.EQUAL;
        }
        return oldMean < newMean == older.isLessIsBetter() ? LegacyColour.WORSE : LegacyColour.BETTER;
    }

    /** PerfTracker's API text of the cell: "&lt;rounded ratio&gt; &lt;diff&gt;", or "- 0" when a test is missing. */
    public static String cell(final PerfTest older, final PerfTest newer) {
        if (older == null || newer == null) {
            return "- 0";
        }
        return cell(PerfTrackerRatio.symmetric(older.getStats().getAvgScore(), newer.getStats().getAvgScore()),
                colour(older, newer));
    }

    /** The API text of a cell whose ratio and colour are known. */
    static String cell(final double ratio, final LegacyColour colour) {
        return PerfTrackerRatio.rounded(ratio) + " " + colour.getDiff();
    }

    /**
     * scipy's pooled {@code ttest_ind_from_stats} p-value; +∞ stands for its ZeroDivisionError (a side with
     * n = 0), NaN for its NaN results.
     */
    static double pValue(final double m1, final double s1, final int n1, final double m2, final double s2,
            final int n2) {
        if (n1 == 0 || n2 == 0) {
            return Double.POSITIVE_INFINITY;
        }
        int df = n1 + n2 - 2;
        if (df == 0) {
            return Double.NaN;
        }
        double pooled = ((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / df;
        double t = (m1 - m2) / Math.sqrt(pooled * (1.0 / n1 + 1.0 / n2));
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        return Math.min(1, 2 * TDistribution.of(df).survivalProbability(Math.abs(t)));
    }
}
