package io.jenkins.plugins.perftracker.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * records when the engine reports damage ({@link IndexCorruptException}): writers (a build's publish, a
 * deletion) rebuild at once and carry on; readers (GET requests) never rebuild on their own thread, they queue
 * it ({@link IndexRebuilds}) and serve an empty answer meanwhile. Every rebuild is logged with the job and the
 * cause. The index serialises writers across threads and processes itself; the per-job lock here keeps a
 * build's judge-then-record step and rebuilds of one job from interleaving.
 */
public final class SeriesIndexes {
    private static final Logger LOGGER = Logger.getLogger(SeriesIndexes.class.getName());
    private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();
    /** Jobs whose index is being rebuilt right now, by any thread. */
    private static final Set<String> REBUILDING = ConcurrentHashMap.newKeySet();

    /** Work on an open index. */
    @FunctionalInterface
    public interface IndexWork<T> {
        T run(SeriesIndex index) throws IOException;
    }

    private SeriesIndexes() {
    }

    public static Object lockFor(final Job<?, ?> job) {
        return LOCKS.computeIfAbsent(key(job), k -> new Object());
    }

    public static Path directory(final Job<?, ?> job) {
        return job.getRootDir().toPath().resolve("perftracker-index");
    }

    /**
     * Runs {@code work} for a writer (a build or a POST, never a GET): when the index turns out damaged, on
     * opening or on the way, it is rebuilt from the build records here and the work runs once more on the
     * rebuilt index. {@code work} must therefore be safe to repeat.
     */
    public static <T> T update(final Job<?, ?> job, final IndexWork<T> work) throws IOException {
        synchronized (lockFor(job)) {
            try (SeriesIndex index = SeriesIndex.open(directory(job))) {
                return work.run(index);
            }
            catch (IndexCorruptException e) {
                // only real damage: other I/O errors (a full disk, permissions) must not trigger a costly rebuild
                rebuildDamaged(job, e);
                try (SeriesIndex index = SeriesIndex.open(directory(job))) {
                    return work.run(index);
                }
            }
        }
    }

    /**
     * Runs {@code work} for a reader (a GET request): never rebuilds on this thread. A damaged index is queued
     * for a rebuild, and while that is queued or running the answer is {@code whileRebuilding}.
     */
    public static <T> T read(final Job<?, ?> job, final IndexWork<T> work, final T whileRebuilding)
            throws IOException {
        if (isRebuilding(job)) {
            return whileRebuilding;
        }
        try (SeriesIndex index = SeriesIndex.open(directory(job))) {
            return work.run(index);
        }
        catch (IndexCorruptException e) {
            IndexRebuilds.queue(job, e);
            return whileRebuilding;
        }
    }

    /** Whether a rebuild of the job's index is queued or running, so pages can say why they are empty. */
    public static boolean isRebuilding(final Job<?, ?> job) {
        return REBUILDING.contains(key(job)) || IndexRebuilds.isQueued(job);
    }

    /** Replaces the job's index by one rebuilt from every build's records. */
    public static void rebuild(final Job<?, ?> job) throws IOException {
        recreate(job);
    }

    /** Rebuilds a damaged index from the build records, saying so in the log. */
    static void rebuildDamaged(final Job<?, ?> job, final IndexCorruptException cause) throws IOException {
        synchronized (lockFor(job)) {
            LOGGER.log(Level.WARNING, "perftracker: the series index of " + job.getFullName() + " is damaged ("
                    + cause.getMessage() + "); rebuilding it from the build records", cause);
            long start = System.nanoTime();
            int builds = recreate(job);
            LOGGER.log(Level.INFO, "perftracker: rebuilt the series index of {0} from {1} builds in {2} ms",
                    new Object[] {job.getFullName(), builds, (System.nanoTime() - start) / 1_000_000});
        }
    }

    /** Rebuilds from the build records; readers get their empty answer meanwhile instead of waiting for it. */
    private static int recreate(final Job<?, ?> job) throws IOException {
        synchronized (lockFor(job)) {
            REBUILDING.add(key(job));
            try {
                List<BuildSummary> summaries = summaries(job);
                SeriesIndex.recreate(directory(job), summaries).close();
                return summaries.size();
            }
            finally {
                REBUILDING.remove(key(job));
            }
        }
    }

    /** One key per job folder, for the locks and the sets of rebuilds. */
    static String key(final Job<?, ?> job) {
        return job.getRootDir().getPath();
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
