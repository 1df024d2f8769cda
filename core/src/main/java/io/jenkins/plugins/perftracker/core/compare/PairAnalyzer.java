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
 * Tests one series between an older and a newer run. Raw samples are used when a test's scores are its samples
 * (PerfTracker's {@code samples} equals the number of scores); otherwise its mean, deviation and sample count.
 */
final class PairAnalyzer {
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
            return PairStats.inconclusive(missing, lessIsBetter, options.confidence());
        }
        if (isRaw(older) && isRaw(newer)) {
            return fromSamples(older.getScores(), newer.getScores(), lessIsBetter);
        }
        return fromSummaries(summary(older), summary(newer), lessIsBetter);
    }

    private static String missing(final PerfTest older, final int olderIndex, final PerfTest newer,
            final int newerIndex) {
        if (older == null || newer == null) {
            return "missing in #" + (older == null ? olderIndex + 1 : newerIndex + 1);
        }
        if (!hasValue(older) || !hasValue(newer)) {
            PerfTest bad = hasValue(older) ? newer : older;
            return "no value in #" + (bad == older ? olderIndex + 1 : newerIndex + 1) + " (" + bad.getStatus() + ")";
        }
        return null;
    }

    private static boolean hasValue(final PerfTest test) {
        return test.getStatus() == Status.SUCCESS && test.getScoreCount() > 0 && test.getSampleCount() > 0;
    }

    private static boolean isRaw(final PerfTest test) {
        return test.getScoreCount() == test.getSampleCount();
    }

    private static Summary summary(final PerfTest test) {
        return new Summary(test.getStats().getAvgScore(), test.getStats().getAvgDev(), test.getSampleCount());
    }

    private PairStats fromSamples(final double[] older, final double[] newer, final boolean lessIsBetter) {
        ChangeEstimate change = HodgesLehmann.relativeChange(older, newer, options.confidence());
        double pT = TwoSampleTests.welch(older, newer).pValue();
        if (UDistribution.minimumPValue(older.length, newer.length) > options.alpha()) {
            return new PairStats(change, Double.NaN, pT, Method.MANN_WHITNEY, needs(samplesNeeded), lessIsBetter);
        }
        double pU = TwoSampleTests.mannWhitney(older, newer).pValue();
        return new PairStats(change, pU, pT, Method.MANN_WHITNEY, null, lessIsBetter);
    }

    private PairStats fromSummaries(final Summary older, final Summary newer, final boolean lessIsBetter) {
        ChangeEstimate change = WelchInterval.relativeChange(older, newer, options.confidence());
        if (older.n() < 2 || newer.n() < 2) {
            return new PairStats(change, Double.NaN, Double.NaN, Method.WELCH_SUMMARY, needs(2), lessIsBetter);
        }
        double pT = TwoSampleTests.welch(older, newer).pValue();
        return new PairStats(change, Double.NaN, pT, Method.WELCH_SUMMARY, null, lessIsBetter);
    }

    private static String needs(final int samples) {
        return "inconclusive: needs ≥ " + samples + " samples";
    }
}
