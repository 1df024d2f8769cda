package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/**
 * Buildtime Trend's {@code stats.js} over the records of every project: unique repositories, events (job
 * records plus stages), jobs and stages, and their charts per project and per interval. The project is the
 * record's repo; the language is the build-matrix axis {@code language}, {@code unknown} without one.
 */
public final class StatsBuilder {
    private StatsBuilder() {
    }

    /**
     * Builds the statistics.
     *
     * @param records the records of every tracked project (Jenkins jobs and imported Travis repositories)
     * @param timeframe the selected timeframe
     * @param count whether the per-project charts count distinct jobs or distinct builds
     * @param clock gives "now"
     */
    public static StatsModel build(final Collection<BuildTimeRecord> records, final Timeframe timeframe,
            final CountTarget count, final Clock clock) {
        Instant now = clock.instant();
        TimeWindow window = timeframe.window(now);
        StatsTables tables = new StatsTables(window.getBucketCount(), count);
        for (BuildTimeRecord record : records) {
            int bucket = window.bucket(record.getFinishedAt());
            if (bucket >= 0) {
                tables.add(record, bucket);
            }
        }
        return new StatsModel(timeframe.id(), timeframe.getInterval(), count.id(), window.getStart().toString(),
                window.getEnd().toString(), now.toString(), tables.metrics(), tables.charts(window.labels()));
    }
}
