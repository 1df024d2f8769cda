package io.jenkins.plugins.perftracker.core.compare;

import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.stats.ChangeEstimate;
import io.jenkins.plugins.perftracker.core.stats.HodgesLehmann;
import io.jenkins.plugins.perftracker.core.stats.Summary;
import io.jenkins.plugins.perftracker.core.stats.TwoSampleTests;
import io.jenkins.plugins.perftracker.core.stats.UDistribution;
import io.jenkins.plugins.perftracker.core.stats.WelchInterval;

/**
 * Tests one series between an older and a newer run with the strongest rule the data allows: the rank test
 * when both sides have enough raw samples, Welch's t-test for two or three samples or for summaries, JMH's own
 * 99.9 % error, and PerfTracker's 10 % rule for one value a side. The change is always the ratio of the
 * {@link Centre centres}, whatever rule judges it.
 */
final class PairAnalyzer {
    /** PerfTracker's regression classes: "Degradation &gt; 10 %" below 0.9, "Improvement &gt; 10 %" from 1.1. */
    static final double THRESHOLD_LOW = 0.9;
    static final double THRESHOLD_HIGH = 1.1;
    private static final String TOOL_ERROR = "scoreError";

    private final CompareOptions options;
    private final int samplesNeeded;

    PairAnalyzer(final CompareOptions options) {
        this.options = options;
        this.samplesNeeded = samplesNeeded(options.alpha());
    }

    /** The smallest n such that n against n samples can reach the significance level with Mann-Whitney U. */
    static int samplesNeeded(final double alpha) {
        int n = 1;
        while (UDistribution.minimumPValue(n, n) > alpha) {
            n++;
        }
        return n;
    }

    PairStats analyze(final PerfTest older, final PerfTest newer, final int olderIndex, final int newerIndex) {
        boolean lessIsBetter = older == null ? newer != null && newer.isLessIsBetter() : older.isLessIsBetter();
        String missing = missing(older, olderIndex, newer, newerIndex);
        if (missing != null) {
            return PairStats.inconclusive(missing, sizeOnly(older, newer), lessIsBetter);
        }
        double oldCentre = Centre.of(older);
        double newCentre = Centre.of(newer);
        if (!(oldCentre > 0) || !(newCentre >= 0)) {
            return PairStats.inconclusive("no ratio: a value is not positive (" + oldCentre + " → " + newCentre + ")",
                    ChangeEstimate.none(options.confidence()), lessIsBetter);
        }
        ChangeEstimate change = interval(older, newer, newCentre / oldCentre - 1);
        int n1 = older.getSampleCount();
        int n2 = newer.getSampleCount();
        String sizes = "n=" + n1 + "+" + n2;
        boolean raw = Centre.isRaw(older) && Centre.isRaw(newer);
        if (raw && UDistribution.minimumPValue(n1, n2) <= options.alpha()) {
            double pU = TwoSampleTests.mannWhitney(older.getScores(), newer.getScores()).pValue();
            double pT = TwoSampleTests.welch(older.getScores(), newer.getScores()).pValue();
            return new PairStats(change, pU, pT, Method.MANN_WHITNEY, null, lessIsBetter, false, "");
        }
        if (n1 >= 2 && n2 >= 2) {
            return welch(older, newer, raw, change, lessIsBetter, sizes);
        }
        if (hasToolError(older) && hasToolError(newer)) {
            return toolError(older, newer, change, lessIsBetter, sizes);
        }
        double better = lessIsBetter ? 1 / (1 + change.change()) : 1 + change.change();
        return new PairStats(change, Double.NaN, Double.NaN, Method.THRESHOLD, null, lessIsBetter,
                better < THRESHOLD_LOW || better >= THRESHOLD_HIGH,
                "PerfTracker's 10% rule: " + sizes + ", one value a side allows no test");
    }

    private PairStats welch(final PerfTest older, final PerfTest newer, final boolean raw,
            final ChangeEstimate change, final boolean lessIsBetter, final String sizes) {
        double p = raw ? TwoSampleTests.welch(older.getScores(), newer.getScores()).pValue()
                : TwoSampleTests.welch(summary(older), summary(newer)).pValue();
        String basis = raw ? "Welch t-test: " + sizes + " is too few for a rank test (needs ≥ " + samplesNeeded
                + " a side)" : "Welch t-test from mean, deviation and n: no raw samples";
        return new PairStats(change, Double.NaN, p, raw ? Method.WELCH_SMALL : Method.WELCH_SUMMARY, null,
                lessIsBetter, false, basis);
    }

    private static PairStats toolError(final PerfTest older, final PerfTest newer, final ChangeEstimate change,
            final boolean lessIsBetter, final String sizes) {
        double gap = Math.abs(newer.getStats().getAvgScore() - older.getStats().getAvgScore());
        boolean apart = gap > toolError(older) + toolError(newer);
        return new PairStats(change, Double.NaN, Double.NaN, Method.TOOL_ERROR, null, lessIsBetter, apart,
                "JMH's 99.9% error (score ± scoreError): " + sizes + " is too few for a test; the intervals "
                        + (apart ? "do not overlap" : "overlap"));
    }

    /** A failed test may still have values: its change is shown (never judged) whenever both sides have one. */
    private ChangeEstimate sizeOnly(final PerfTest older, final PerfTest newer) {
        if (older == null || newer == null || older.getScoreCount() == 0 || newer.getScoreCount() == 0
                || !(Centre.of(older) > 0)) {
            return ChangeEstimate.none(options.confidence());
        }
        double change = Centre.of(newer) / Centre.of(older) - 1;
        return new ChangeEstimate(change, Double.NaN, Double.NaN, options.confidence());
    }

    /** The relative change of the centres, with the interval of the matching estimator around it. */
    private ChangeEstimate interval(final PerfTest older, final PerfTest newer, final double change) {
        ChangeEstimate bounds = Centre.isRaw(older) && Centre.isRaw(newer)
                ? HodgesLehmann.relativeChange(older.getScores(), newer.getScores(), options.confidence())
                : WelchInterval.relativeChange(summary(older), summary(newer), options.confidence());
        return new ChangeEstimate(change, bounds.lower(), bounds.upper(), options.confidence());
    }

    private static String missing(final PerfTest older, final int olderIndex, final PerfTest newer,
            final int newerIndex) {
        if (older == null || newer == null) {
            return "missing in #" + (older == null ? olderIndex + 1 : newerIndex + 1);
        }
        if (!hasValue(older) || !hasValue(newer)) {
            PerfTest bad = hasValue(older) ? newer : older;
            return "no value in #" + (bad == older ? olderIndex + 1 : newerIndex + 1) + ": " + bad.getStatus();
        }
        return null;
    }

    private static boolean hasValue(final PerfTest test) {
        return test.getStatus() == Status.SUCCESS && test.getScoreCount() > 0 && test.getSampleCount() > 0;
    }

    private static boolean hasToolError(final PerfTest test) {
        return Double.isFinite(toolError(test));
    }

    private static double toolError(final PerfTest test) {
        try {
            double error = Double.parseDouble(test.getAttribs().getOrDefault(TOOL_ERROR, "NaN"));
            return error >= 0 ? error : Double.NaN;
        }
        catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Summary summary(final PerfTest test) {
        return new Summary(test.getStats().getAvgScore(), test.getStats().getAvgDev(), test.getSampleCount());
    }
}
