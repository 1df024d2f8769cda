package io.jenkins.plugins.perftracker.core.travis;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A job as the Travis API v3 {@code job} resource describes it, with its configuration (requested with
 * {@code include=job.config}) as plain maps, lists, strings and numbers for the build-matrix summary.
 *
 * @param id         Travis' job id (for the log)
 * @param number     "158.1": build number, dot, job index
 * @param state      passed, failed, errored, canceled, …
 * @param startedAt  {@code started_at}
 * @param finishedAt {@code finished_at}
 * @param config     {@code config}, empty when not sent
 */
public record TravisJob(long id, String number, String state, Optional<Instant> startedAt,
        Optional<Instant> finishedAt, Map<String, Object> config) {
    public TravisJob {
        config = Map.copyOf(config);
    }
}
