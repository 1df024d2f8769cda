package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.Trigger;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import io.jenkins.plugins.perftracker.core.travis.RepoSlug;
import io.jenkins.plugins.perftracker.core.travis.TravisApiClient;
import io.jenkins.plugins.perftracker.core.travis.TravisApiException;
import io.jenkins.plugins.perftracker.core.travis.TravisBuild;
import io.jenkins.plugins.perftracker.core.travis.TravisJob;

/**
 * Imports one Travis build through the API v3 as Buildtime Trend's {@code process_travis_buildlog} did: the
 * build, its jobs with their configuration, each job's log parsed for its substages, one record per job.
 * A build that has not finished yet is refused as retryable (Travis sets {@code finished_at} late, Buildtime
 * Trend issue #96); a job whose log is gone or cannot be parsed is left out and named in
 * {@link Result#problems()}, while a failure that may pass (timeout, 5xx) fails the whole import for a retry.
 */
public final class TravisBuildImport {
    /** States of a build that is still running. */
    static final Set<String> UNFINISHED = Set.of("created", "received", "queued", "started");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final TravisApiClient client;
    private final boolean withStages;

    /**
     * @param client     the API client
     * @param withStages Buildtime Trend's {@code data_detail}: {@code true} for {@code full} (substages kept),
     *                   {@code false} for {@code minimal} (job totals only)
     */
    public TravisBuildImport(final TravisApiClient client, final boolean withStages) {
        this.client = client;
        this.withStages = withStages;
    }

    /** What an import gave: one record per readable job, and why other jobs were left out. */
    public record Result(int buildNumber, List<BuildTimeRecord> records, List<String> problems) {
        public Result {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }
    }

    /** Imports the build with Travis' build id (from a webhook payload, or {@link TravisBuilds#locate}). */
    public Result importBuild(final RepoSlug slug, final long buildId) throws TravisApiException, InterruptedException {
        TravisBuild build = client.build(buildId);
        if (UNFINISHED.contains(build.state())) {
            throw new TravisApiException("/build/" + buildId, 0, "build #" + build.number() + " has not finished yet ("
                    + build.state() + ")");
        }
        List<BuildTimeRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (TravisJob job : client.jobs(buildId)) {
            try {
                records.add(record(slug, build, job, client.log(job.id())));
            } catch (TravisApiException e) {
                if (e.isRetryable()) {
                    throw e;
                }
                problems.add("job " + job.number() + ": " + e.getMessage());
            } catch (InvalidValueException | ResultFormatException | IOException e) {
                problems.add("job " + job.number() + ": " + e.getMessage());
            }
        }
        return new Result(build.number(), records, problems);
    }

    /** The record of one job from its API description and its log. */
    BuildTimeRecord record(final RepoSlug slug, final TravisBuild build, final TravisJob job, final String logText)
            throws IOException, ResultFormatException {
        JsonNode config = MAPPER.valueToTree(job.config());
        Instant startedAt = job.startedAt().orElse(null);
        TravisLog log = TravisLogParser.parse(new StringReader(logText), Path.of("job-" + job.id() + ".log"), startedAt,
                TravisBuildConfig.fromJson(config));
        Instant finishedAt = job.finishedAt().orElse(log.getFinishedAt());
        Duration duration = TravisLogParser.hasTimingTags(startedAt) ? log.getTotalDuration()
                : startedAt == null || finishedAt == null ? Duration.ZERO : Duration.between(startedAt, finishedAt);
        return BuildTimeRecord.builder().repo(slug.toString()).build(Integer.toString(build.number()))
                .job(job.number()).branch(build.branch()).ciPlatform("travis")
                .result(BuildResult.fromTravisState(job.state())).trigger(Trigger.fromTravisEvent(build.eventType()))
                .matrix(TravisMatrix.of(config)).agent(log.getWorker()).startedAt(startedAt).finishedAt(finishedAt)
                .duration(duration).stages(withStages ? log.getStages() : List.of()).build();
    }
}
