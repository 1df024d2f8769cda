package io.jenkins.plugins.perftracker.core.model;

import java.io.Serializable;

/**
 * One build's summary of one series, as the series index keeps it: enough for trends, change points,
 * regression tags, verdicts from summary statistics (Welch) and badges, without loading the build record.
 *
 * @param build      the build number
 * @param timeMillis when the build ran (epoch milliseconds)
 * @param mean       the mean of the test's scores (PerfTracker's avg_score)
 * @param std        the spread (PerfTracker's avg_dev: deviations' mean, or the scores' population std)
 * @param n          the number of samples (PerfTracker's {@code samples})
 * @param status     the test's status
 */
public record SeriesPoint(int build, long timeMillis, double mean, double std, int n, Status status)
        implements Serializable {
    /** Summarises one test of one build. */
    public static SeriesPoint of(final int build, final long timeMillis, final PerfTest test) {
        ScoreStats stats = test.getStats();
        return new SeriesPoint(build, timeMillis, stats.getAvgScore(), stats.getAvgDev(), test.getSampleCount(),
                test.getStatus());
    }

    /** False for failed or unfinished tests and tests without scores: their mean says nothing. */
    public boolean hasValue() {
        return n > 0 && (status == Status.SUCCESS || status == Status.FAILED && mean != 0);
    }
}
