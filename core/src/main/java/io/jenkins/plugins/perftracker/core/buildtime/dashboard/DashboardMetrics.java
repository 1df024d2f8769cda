package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.Instant;
import java.util.List;

import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/** The five metrics of {@code trends.js}, accumulated record by record. */
final class DashboardMetrics {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private long total;
    private long passed;
    private long failed;
    private double durationSum;
    private Instant lastFail;

    /** Every filtered record: the last failure is not bound to the timeframe. */
    void addAnyTime(final BuildTimeRecord record) {
        if (record.getResult() != BuildResult.PASSED
                && (lastFail == null || record.getFinishedAt().isAfter(lastFail))) {
            lastFail = record.getFinishedAt();
        }
    }

    /** A filtered record inside the timeframe. */
    void add(final BuildTimeRecord record) {
        total++;
        if (record.getResult() == BuildResult.PASSED) {
            passed++;
        }
        else if (record.getResult() == BuildResult.FAILED || record.getResult() == BuildResult.ERRORED) {
            failed++;
        }
        durationSum += Fields.seconds(record.getDuration());
    }

    List<MetricModel> toModels(final Instant now) {
        Double averageMinutes = total == 0 ? null : (double) Math.round(durationSum / total / 60);
        Long days = lastFail == null ? null : Math.floorDiv(now.toEpochMilli() - lastFail.toEpochMilli(),
                MILLIS_PER_DAY);
        return List.of(
                new MetricModel("total", "Total build jobs", (double) total, "", null),
                new MetricModel("passed", "Build jobs passed", (double) passed, "", Colours.ofPassed(passed, total)),
                new MetricModel("failed", "Build jobs failed", (double) failed, "", Colours.ofFailed(failed, total)),
                new MetricModel("average", "Average job duration", averageMinutes, " min", null),
                new MetricModel("days-since-fail", "days since last fail", days == null ? null : days.doubleValue(),
                        "", Colours.ofDaysSinceFail(days)));
    }
}
