package io.jenkins.plugins.perftracker.job;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

import hudson.model.Job;
import hudson.remoting.AtmostOneThreadExecutor;
import hudson.security.ACL;
import hudson.util.DaemonThreadFactory;
import hudson.util.NamingThreadFactory;
import jenkins.security.ImpersonatingExecutorService;

import io.jenkins.plugins.perftracker.core.store.index.IndexCorruptException;

/**
 * Rebuilds of damaged series indexes, queued by readers so that no GET request rebuilds on its own thread. A
 * job is queued at most once until its rebuild ends; rebuilds run one at a time on a single daemon thread
 * (which ends when idle), as SYSTEM, since they read every build record of the job.
 */
final class IndexRebuilds {
    private static final Logger LOGGER = Logger.getLogger(IndexRebuilds.class.getName());
    private static final ExecutorService EXECUTOR = new ImpersonatingExecutorService(new AtmostOneThreadExecutor(
            new NamingThreadFactory(new DaemonThreadFactory(), "perftracker series index rebuild")), ACL.SYSTEM2);
    private static final Set<String> QUEUED = ConcurrentHashMap.newKeySet();

    private IndexRebuilds() {
    }

    static boolean isQueued(final Job<?, ?> job) {
        return QUEUED.contains(SeriesIndexes.key(job));
    }

    /** Queues a rebuild of the job's index unless one is queued or running already. */
    static void queue(final Job<?, ?> job, final IndexCorruptException cause) {
        String key = SeriesIndexes.key(job);
        if (!QUEUED.add(key)) {
            return;
        }
        LOGGER.log(Level.WARNING, "perftracker: queued a rebuild of the damaged series index of {0} ({1})",
                new Object[] {job.getFullName(), cause.getMessage()});
        try {
            EXECUTOR.execute(() -> rebuild(job, cause, key));
        }
        catch (RuntimeException e) {
            QUEUED.remove(key);
            throw e;
        }
    }

    private static void rebuild(final Job<?, ?> job, final IndexCorruptException cause, final String key) {
        try {
            SeriesIndexes.rebuildDamaged(job, cause);
        }
        catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "perftracker: could not rebuild the series index of " + job.getFullName(), e);
        }
        finally {
            QUEUED.remove(key);
        }
    }
}
