package io.jenkins.plugins.perftracker.core.travis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the engine uses from a Travis webhook payload (the {@code payload} form field).
 *
 * @param slug              {@code repository.owner_name/repository.name}
 * @param buildId           {@code id}, Travis' build id (for the API)
 * @param buildNumber       {@code number}, the build number the user sees
 * @param state             {@code state}, e.g. passed, failed, errored
 * @param eventType         {@code type}: push, pull_request, cron, api
 * @param branch            {@code branch}
 * @param commit            {@code commit}, the SHA
 * @param pullRequestNumber {@code pull_request_number}, when the build is for a pull request
 * @param startedAt         {@code started_at}
 * @param finishedAt        {@code finished_at}
 * @param jobIds            {@code matrix[].id}, the build's jobs
 */
public record TravisPayload(RepoSlug slug, long buildId, int buildNumber, String state, String eventType,
        String branch, String commit, Optional<Integer> pullRequestNumber, Optional<Instant> startedAt,
        Optional<Instant> finishedAt, List<Long> jobIds) {
    public TravisPayload {
        jobIds = List.copyOf(jobIds);
    }
}
