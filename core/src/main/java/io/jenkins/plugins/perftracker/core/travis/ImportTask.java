package io.jenkins.plugins.perftracker.core.travis;

import java.time.Instant;

/**
 * One Travis build waiting to be imported.
 *
 * @param slug        the repository
 * @param buildNumber the build number users see
 * @param buildId     Travis' build id, or 0 when not known yet (a batch import names numbers only)
 * @param attempts    how many tries failed so far
 * @param dueAt       when to try next
 * @param lastError   why the last try failed, empty before the first failure
 */
public record ImportTask(RepoSlug slug, int buildNumber, long buildId, int attempts, Instant dueAt,
        String lastError) {
    /** A build's first try. */
    public static ImportTask of(final RepoSlug slug, final int buildNumber, final long buildId, final Instant dueAt) {
        return new ImportTask(slug, buildNumber, buildId, 0, dueAt, "");
    }

    /** The same build identified by repository and number, whatever its state. */
    public String key() {
        return slug.canonical() + "#" + buildNumber;
    }

    ImportTask retryAt(final Instant next, final String error) {
        return new ImportTask(slug, buildNumber, buildId, attempts + 1, next, error);
    }

    ImportTask withBuildId(final long id) {
        return new ImportTask(slug, buildNumber, id, attempts, dueAt, lastError);
    }
}
