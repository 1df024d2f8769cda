package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.buildtime.BuildMatrix;
import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecordBuilder;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;
import io.jenkins.plugins.perftracker.core.buildtime.Trigger;

/** Short-hand records for the dashboard tests; "now" is Saturday 2026-11-21T13:45Z. */
final class Records {
    static final Instant NOW = Instant.parse("2026-11-21T13:45:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Records() {
    }

    /** A passed push build on master that ran {@code seconds} and finished at {@code finished}. */
    static BuildTimeRecordBuilder job(final String job, final String finished, final long seconds) {
        Instant end = Instant.parse(finished);
        return BuildTimeRecord.builder().repo("org/app").build(job.split("\\.")[0]).job(job).branch("master")
                .result(BuildResult.PASSED).trigger(Trigger.PUSH).startedAt(end.minusSeconds(seconds))
                .finishedAt(end);
    }

    static BuildTimeRecord passed(final String job, final String finished, final long seconds) {
        return job(job, finished, seconds).build();
    }

    static BuildTimeRecord withResult(final String job, final String finished, final BuildResult result) {
        return job(job, finished, 60).result(result).build();
    }

    static StageTiming stage(final String name, final long seconds) {
        return StageTiming.builder(name).duration(Duration.ofSeconds(seconds)).build();
    }

    static BuildMatrix matrix(final String language, final String version) {
        return BuildMatrix.of(Map.of("language", language, "language_version", version));
    }
}
