package io.jenkins.plugins.perftracker.buildtime;

import java.util.List;

import hudson.model.Job;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/**
 * Read access to a job's build-time index for other capabilities (the root action's badges), through the one
 * open instance per file that {@link BuildTimeIndexes} keeps: a second instance on the same file could cut off
 * a frame this one is appending.
 */
public final class JobBuildTimes {
    private JobBuildTimes() {
    }

    /** Every record of the job's index, oldest first; empty when there is none or it cannot be read. */
    public static List<BuildTimeRecord> all(final Job<?, ?> job) {
        return BuildTimeIndexes.all(job);
    }
}
