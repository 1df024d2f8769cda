package io.jenkins.plugins.perftracker.core.compare;

import java.util.Arrays;

import io.jenkins.plugins.perftracker.core.model.PerfTest;

/**
 * The one value a comparison shows for a test and computes its change from: the median of the raw samples
 * (benchstat's centre, robust to the outliers benchmarks have), or the mean when only a summary is known.
 * Every change new/old − 1 in the CLI, the HTML table and the summaries is a ratio of these centres.
 */
final class Centre {
    private Centre() {
    }

    /** Whether a test's scores are its samples (PerfTracker's {@code samples} equals the number of scores). */
    static boolean isRaw(final PerfTest test) {
        return test.getScoreCount() > 0 && test.getScoreCount() == test.getSampleCount();
    }

    static double of(final PerfTest test) {
        return isRaw(test) ? median(test.getScores()) : test.getStats().getAvgScore();
    }

    static double median(final double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
