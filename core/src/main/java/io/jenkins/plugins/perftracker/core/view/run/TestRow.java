package io.jenkins.plugins.perftracker.core.view.run;

import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.ScoreStats;

/**
 * One line of PerfTracker's test list: seq, tag, category, duration, average score, ±%, errors, status.
 *
 * @param index    the test's position in the run (the page links to {@code test?index=N})
 * @param seqNum   PerfTracker's sequence number
 * @param tag      the tag
 * @param category the category
 * @param unit     the unit
 * @param lessIsBetter the direction
 * @param duration the duration in seconds
 * @param score    the average score, humanised
 * @param plusMinus the ±% column
 * @param samples  the number of scores
 * @param errors   the error count
 * @param warnings the warning count
 * @param status   the status
 * @param failed   whether the row shows an error (FAILED or errors)
 */
public record TestRow(int index, int seqNum, String tag, String category, String unit, boolean lessIsBetter,
        double duration, String score, long plusMinus, int samples, int errors, int warnings, String status,
        boolean failed) {
    static TestRow of(final int index, final PerfTest test) {
        ScoreStats stats = test.getStats();
        return new TestRow(index, test.getSeqNum(), test.getTag(), test.getCategory(), test.getUnit(),
                test.isLessIsBetter(), test.getDuration().toMillis() / 1000.0,
                test.getScoreCount() == 0 ? "-" : ScoreFormat.score(stats.getAvgScore()),
                stats.getAvgPlusMinPercent(), test.getScoreCount(), test.getErrors().getCount(),
                test.getWarnings().getCount(), test.getStatus().name(), test.hasErrors());
    }
}
