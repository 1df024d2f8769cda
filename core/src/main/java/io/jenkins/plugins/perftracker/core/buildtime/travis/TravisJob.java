package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.Trigger;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

/**
 * A Travis CI job as the API v2 describes it ({@code jobs/{id}} and the build of {@code repos/{slug}/builds}),
 * read as Buildtime Trend's {@code process_job_data()}. Combine it with its parsed log by {@link #toRecord}:
 * {@code TravisLogParser.parse(log, file, job.getStartedAt(), job.getBuildConfig())}.
 */
public final class TravisJob {
    private final JsonNode job;
    private final JsonNode build;
    private final Instant startedAt;
    private final Instant finishedAt;
    private final String branch;

    private TravisJob(final JsonNode job, final JsonNode build, final String branch) {
        this.job = job;
        this.build = build;
        this.branch = branch;
        startedAt = time(job, "started_at");
        finishedAt = time(job, "finished_at");
    }

    /**
     * Reads a job.
     *
     * @param jobResponse the {@code jobs/{id}} response ({@code {"job": {...}, "commit": {...}}})
     * @param build the job's entry of the {@code builds} list (event type, config), or {@code null}
     */
    public static TravisJob fromJson(final JsonNode jobResponse, final JsonNode build) {
        JsonNode job = jobResponse == null ? null : jobResponse.get("job");
        if (job == null || !job.isObject()) {
            throw new InvalidValueException("$.job", "a job object expected");
        }
        return new TravisJob(job, build == null ? MissingNode.getInstance() : build,
                jobResponse.path("commit").path("branch").asText(""));
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** The build's config (its command lists name unnamed substages); the job's config when no build is given. */
    public TravisBuildConfig getBuildConfig() {
        JsonNode config = build.path("config");
        return TravisBuildConfig.fromJson(config.isObject() ? config : job.path("config"));
    }

    /**
     * The record of this job. With timing tags (started after 2014-08-07) the duration is the sum of the log's
     * substages, otherwise finished − started; a missing finish comes from the last timed substage.
     */
    public BuildTimeRecord toRecord(final TravisLog log) {
        String number = text("$.job.number", job.path("number"));
        Duration duration = TravisLogParser.hasTimingTags(startedAt) ? log.getTotalDuration()
                : startedAt == null || finishedAt == null ? Duration.ZERO : Duration.between(startedAt, finishedAt);
        return BuildTimeRecord.builder()
                .repo(text("$.job.repository_slug", job.path("repository_slug")))
                .build(number.split("\\.", 2)[0]).job(number).branch(branch).ciPlatform("travis")
                .result(BuildResult.fromTravisState(job.path("state").asText()))
                .trigger(build.has("event_type") ? Trigger.fromTravisEvent(build.path("event_type").asText()) : null)
                .matrix(TravisMatrix.of(job.path("config"))).agent(log.getWorker())
                .startedAt(startedAt).finishedAt(finishedAt != null ? finishedAt : log.getFinishedAt())
                .duration(duration).stages(log.getStages()).build();
    }

    private static String text(final String path, final JsonNode node) {
        if (!node.isValueNode() || node.isNull() || node.asText().isBlank()) {
            throw new InvalidValueException(path, "a non-empty text expected but was " + node);
        }
        return node.asText();
    }

    private static Instant time(final JsonNode job, final String field) {
        JsonNode node = job.path(field);
        if (!node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        }
        catch (DateTimeParseException e) {
            throw new InvalidValueException("$.job." + field, "an ISO-8601 UTC time expected but was " + node);
        }
    }
}
