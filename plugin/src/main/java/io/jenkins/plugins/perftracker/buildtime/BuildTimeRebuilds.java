package io.jenkins.plugins.perftracker.buildtime;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Run;
import jenkins.util.Timer;
import hudson.security.ACL;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.index.BuildTimeIndex;
import io.jenkins.plugins.perftracker.core.buildtime.index.IndexRebuild;

/**
 * Rebuilds a job's build-time index from the records in its builds (and its matrix cells' builds), in the
 * background, one job at a time, reporting how far it is: an index over thousands of builds loads every one
 * of them once.
 */
final class BuildTimeRebuilds {
    private static final Logger LOGGER = Logger.getLogger(BuildTimeRebuilds.class.getName());
    private static final Map<String, RebuildProgress> PROGRESS = new ConcurrentHashMap<>();

    private BuildTimeRebuilds() {
    }

    /** The progress of the job's current or last rebuild, or {@code null} if none ran since the restart. */
    static RebuildProgress progressOf(final Job<?, ?> job) {
        return PROGRESS.get(job.getFullName());
    }

    /** Starts rebuilding the job's index unless a rebuild is running; returns whether one was started. */
    static boolean start(final Job<?, ?> job) throws IOException {
        return start(job, BuildTimeIndexes.of(job));
    }

    static boolean start(final Job<?, ?> job, final BuildTimeIndex index) {
        String key = job.getFullName();
        synchronized (PROGRESS) {
            RebuildProgress current = PROGRESS.get(key);
            if (current != null && current.running()) {
                return false;
            }
            PROGRESS.put(key, new RebuildProgress(true, 0, estimate(job), 0, "", Instant.now()));
        }
        Runnable task = () -> run(job, index, key);
        Timer.get().submit(() -> {
            try (hudson.security.ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
                task.run();
            }
        });
        return true;
    }

    private static void run(final Job<?, ?> job, final BuildTimeIndex index, final String key) {
        RebuildProgress progress = PROGRESS.get(key);
        int scanned = 0;
        int added = 0;
        try (IndexRebuild rebuild = index.startRebuild()) {
            for (Job<?, ?> source : sources(job)) {
                for (Run<?, ?> run : source.getBuilds()) {
                    BuildTimeAction action = run.getAction(BuildTimeAction.class);
                    if (action != null) {
                        for (BuildTimeRecord record : action.getRecords()) {
                            rebuild.add(record);
                            added++;
                        }
                    }
                    scanned++;
                    if (scanned % 50 == 0) {
                        PROGRESS.put(key, new RebuildProgress(true, scanned, progress.builds(), added, "", progress.startedAt()));
                    }
                }
            }
            rebuild.commit();
            PROGRESS.put(key, new RebuildProgress(false, scanned, Math.max(scanned, progress.builds()), added, "",
                    progress.startedAt()));
        }
        catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "perftracker: the build-time index rebuild of " + key + " failed", e);
            PROGRESS.put(key, new RebuildProgress(false, scanned, progress.builds(), added, String.valueOf(e.getMessage()),
                    progress.startedAt()));
        }
    }

    /** The job and, for a matrix project, its cells: their builds hold the records. */
    private static List<Job<?, ?>> sources(final Job<?, ?> job) {
        List<Job<?, ?>> jobs = new ArrayList<>();
        jobs.add(job);
        if (job instanceof ItemGroup) {
            for (Object item : ((ItemGroup<?>) job).getItems()) {
                if (item instanceof Job) {
                    jobs.add((Job<?, ?>) item);
                }
            }
        }
        return jobs;
    }

    private static int estimate(final Job<?, ?> job) {
        int builds = 0;
        for (Job<?, ?> source : sources(job)) {
            Run<?, ?> first = source.getFirstBuild();
            Run<?, ?> last = source.getLastBuild();
            if (first != null && last != null) {
                builds += last.getNumber() - first.getNumber() + 1;
            }
        }
        return builds;
    }
}
