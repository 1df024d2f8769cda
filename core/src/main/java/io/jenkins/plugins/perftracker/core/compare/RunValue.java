package io.jenkins.plugins.perftracker.core.compare;

import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;

/**
 * One run's columns of a comparison row, as PerfTracker shows them: score, "±%" and the errors text.
 *
 * @param present     whether the run has this test ("-" in every column otherwise)
 * @param score       the mean score (PerfTracker's avg_score)
 * @param plusMinus   int(round(100·avg_dev/avg_score)) as the comparison table computes it (Python's round:
 *                    half to even, sign kept), 0 for a zero score
 * @param errors      "N errors", ", FAILED" appended for a failed test; empty when all went well
 * @param sampleCount the number of samples (PerfTracker's {@code samples})
 * @param status      the test's status, null when absent
 * @param centre      the value changes are computed from: the median of raw samples, else the mean
 */
public record RunValue(boolean present, double score, long plusMinus, String errors, int sampleCount, Status status,
        double centre) {
    static final RunValue ABSENT = new RunValue(false, Double.NaN, 0, "", 0, null, Double.NaN);

    static RunValue of(final PerfTest test) {
        if (test == null) {
            return ABSENT;
        }
        double score = test.getStats().getAvgScore();
        long plusMinus = score == 0 ? 0 : (long) Math.rint(100 * test.getStats().getAvgDev() / score);
        return new RunValue(true, score, plusMinus, errorsText(test), test.getSampleCount(), test.getStatus(),
                test.getScoreCount() > 0 ? Centre.of(test) : Double.NaN);
    }

    /** PerfTracker's {@code test_errors2str}. */
    private static String errorsText(final PerfTest test) {
        int count = test.getErrors().getCount();
        String text = count > 0 ? count + " errors" : "";
        if (test.getStatus() == Status.FAILED) {
            text += (text.isEmpty() ? "" : ", ") + Status.FAILED.name();
        }
        return text;
    }
}
