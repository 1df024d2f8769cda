package io.jenkins.plugins.perftracker.buildtime;

import java.time.Instant;

/**
 * How far a build-time index rebuild is.
 *
 * @param running whether it still runs
 * @param scanned builds read so far
 * @param builds about how many builds there are (last − first build number + 1, over the job and its cells)
 * @param records records added so far
 * @param error why it failed, or empty
 * @param startedAt when it started
 */
public record RebuildProgress(boolean running, int scanned, int builds, int records, String error,
        Instant startedAt) {
    /** The share of builds read, 0–100. */
    public int percent() {
        return builds == 0 ? 100 : Math.min(100, 100 * scanned / builds);
    }
}
