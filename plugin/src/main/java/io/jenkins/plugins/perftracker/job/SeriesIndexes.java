package io.jenkins.plugins.perftracker.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import hudson.model.Job;
import hudson.model.Run;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.store.index.BuildSummary;
import io.jenkins.plugins.perftracker.core.store.index.IndexCorruptException;
import io.jenkins.plugins.perftracker.core.store.index.SeriesIndex;
import io.jenkins.plugins.perftracker.model.PerfBuildAction;

/**
 * Where a job's series index lives ({@code <job>/perftracker-index}) and how it is rebuilt from the build
 * records. The index itself serialises writers across threads and processes; the per-job lock here only keeps
 * a build's judge-then-record step from interleaving with another build's.
 */
public final class SeriesIndexes {
    private static final Logger LOGGER = Logger.getLogger(SeriesIndexes.class.getName());
    private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();

    private SeriesIndexes() {
    }

    public static Object lockFor(final Job<?, ?> job) {
        return LOCKS.computeIfAbsent(job.getRootDir().getPath(), k -> new Object());
    }

    public static Path directory(final Job<?, ?> job) {
        return job.getRootDir().toPath().resolve("perftracker-index");
    }

    /** Opens the job's index; a damaged one is rebuilt from the build records, which stay the source of truth. */
    public static SeriesIndex open(final Job<?, ?> job) throws IOException {
        try {
            return SeriesIndex.open(directory(job));
        }
        catch (IndexCorruptException e) {
            // only real damage: other I/O errors (a full disk, permissions) must not trigger a costly rebuild
            LOGGER.log(Level.WARNING, "perftracker: rebuilding the damaged series index of " + job.getFullName(), e);
            return SeriesIndex.recreate(directory(job), summaries(job));
        }
    }

    /** Replaces the job's index by one rebuilt from every build's records. */
    public static void rebuild(final Job<?, ?> job) throws IOException {
        synchronized (lockFor(job)) {
            try (SeriesIndex index = SeriesIndex.open(directory(job))) {
                index.rebuild(summaries(job));
            }
        }
    }

    private static List<BuildSummary> summaries(final Job<?, ?> job) throws IOException {
        List<BuildSummary> summaries = new ArrayList<>();
        for (Run<?, ?> build : job.getBuilds()) {
            List<PerfRun> runs = new ArrayList<>();
            for (PerfBuildAction action : build.getActions(PerfBuildAction.class)) {
                runs.add(action.getRun());
            }
            if (!runs.isEmpty()) {
                summaries.add(0, BuildSummary.of(build.getNumber(), build.getTimeInMillis(), runs));
            }
        }
        return summaries;
    }
}
