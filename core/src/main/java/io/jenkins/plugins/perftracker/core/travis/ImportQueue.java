package io.jenkins.plugins.perftracker.core.travis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The builds waiting to be imported, bounded, with retries that back off ({@link RetryPolicy}). A task stays in
 * the queue while it is being imported, so a snapshot saved at any moment ({@link #tasks()}, restored with
 * {@link #restore}) loses nothing when the controller stops mid-import. Thread-safe; one task of a build at
 * a time. The last {@link #MAX_OUTCOMES} outcomes are kept for the status page.
 */
public final class ImportQueue {
    /** How many outcome lines the status page shows. */
    public static final int MAX_OUTCOMES = 100;

    private final int capacity;
    private final RetryPolicy retries;
    private final Object lock = new Object();
    private final Map<String, ImportTask> tasks = new LinkedHashMap<>(); // guarded by lock
    private final Map<String, Boolean> running = new LinkedHashMap<>(); // guarded by lock
    private final Deque<String> outcomes = new ArrayDeque<>(); // guarded by lock, newest first

    public ImportQueue(final int capacity, final RetryPolicy retries) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A capacity of at least 1 expected but was " + capacity);
        }
        this.capacity = capacity;
        this.retries = retries;
    }

    /** Why a task was not queued. */
    public enum Refusal { FULL, ALREADY_QUEUED }

    /** Queues the task; empty when queued, else why not. */
    public Optional<Refusal> offer(final ImportTask task) {
        synchronized (lock) {
            if (tasks.containsKey(task.key())) {
                return Optional.of(Refusal.ALREADY_QUEUED);
            }
            if (tasks.size() >= capacity) {
                return Optional.of(Refusal.FULL);
            }
            tasks.put(task.key(), task);
            return Optional.empty();
        }
    }

    /** Puts back tasks saved earlier (after a restart); those beyond the capacity are dropped and counted. */
    public int restore(final List<ImportTask> saved) {
        int dropped = 0;
        for (ImportTask task : saved) {
            if (offer(task).filter(r -> r == Refusal.FULL).isPresent()) {
                dropped++;
            }
        }
        return dropped;
    }

    /** The task due first at {@code now} that is not running, marked as running; empty when none is due. */
    public Optional<ImportTask> next(final Instant now) {
        synchronized (lock) {
            Optional<ImportTask> due = tasks.values().stream().filter(t -> !running.containsKey(t.key()))
                    .filter(t -> !t.dueAt().isAfter(now)).min(Comparator.comparing(ImportTask::dueAt));
            due.ifPresent(t -> running.put(t.key(), Boolean.TRUE));
            return due;
        }
    }

    /** The task succeeded: it leaves the queue. */
    public void done(final ImportTask task, final String outcome) {
        synchronized (lock) {
            tasks.remove(task.key());
            running.remove(task.key());
            record(outcome);
        }
    }

    /** Learned the build id of a task (batch imports): later tries need not look it up again. */
    public void identified(final ImportTask task, final long buildId) {
        synchronized (lock) {
            tasks.computeIfPresent(task.key(), (k, t) -> t.withBuildId(buildId));
        }
    }

    /**
     * The task failed at {@code now}: it is tried again after the policy's back-off when the failure may pass
     * and retries remain, otherwise it leaves the queue. Returns the next try, if any.
     */
    public Optional<Instant> failed(final ImportTask task, final TravisApiException failure, final Instant now) {
        Optional<Duration> wait = retries.afterFailure(task.attempts() + 1, failure);
        synchronized (lock) {
            running.remove(task.key());
            if (wait.isPresent()) {
                tasks.computeIfPresent(task.key(), (k, t) -> t.retryAt(now.plus(wait.get()), failure.getMessage()));
                record("Build #" + task.buildNumber() + " of " + task.slug() + ": retry " + (task.attempts() + 1)
                        + " in " + wait.get().toSeconds() + " s after: " + failure.getMessage());
            } else {
                tasks.remove(task.key());
                record("Build #" + task.buildNumber() + " of " + task.slug() + " not imported after "
                        + (task.attempts() + 1) + " tries: " + failure.getMessage());
            }
            return wait.map(now::plus);
        }
    }

    /** A snapshot of every task, running ones included, in queue order: what to save. */
    public List<ImportTask> tasks() {
        synchronized (lock) {
            return new ArrayList<>(tasks.values());
        }
    }

    /** The latest outcomes, newest first. */
    public List<String> outcomes() {
        synchronized (lock) {
            return new ArrayList<>(outcomes);
        }
    }

    public int capacity() {
        return capacity;
    }

    private void record(final String outcome) {
        outcomes.addFirst(outcome);
        while (outcomes.size() > MAX_OUTCOMES) {
            outcomes.removeLast();
        }
    }
}
