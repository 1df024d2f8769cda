package io.jenkins.plugins.perftracker.core.travis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A build as the Travis API v3 {@code build} resource describes it (standard representation).
 *
 * @param id                Travis' build id
 * @param number            the build number
 * @param state             created, started, passed, failed, errored, canceled
 * @param eventType         push, pull_request, cron, api
 * @param branch            {@code branch.name}
 * @param commitSha         {@code commit.sha}
 * @param pullRequestNumber {@code pull_request_number}
 * @param pullRequestTitle  {@code pull_request_title}, empty when none
 * @param startedAt         {@code started_at}
 * @param finishedAt        {@code finished_at}
 * @param jobIds            {@code jobs[].id}
 */
public record TravisBuild(long id, int number, String state, String eventType, String branch, String commitSha,
        Optional<Integer> pullRequestNumber, String pullRequestTitle, Optional<Instant> startedAt,
        Optional<Instant> finishedAt, List<Long> jobIds) {
    public TravisBuild {
        jobIds = List.copyOf(jobIds);
    }
}
