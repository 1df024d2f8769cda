package io.jenkins.plugins.perftracker.core.farm;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers events in the order they were queued, one at a time and outside the state lock: changes queue
 * events while holding the state lock (so the queue order is the order of the changes), and after releasing
 * it each thread calls {@link #drain()}; whoever wins the {@code delivering} flag delivers everything queued.
 */
final class EventDispatcher {
    private static final Logger LOGGER = Logger.getLogger(EventDispatcher.class.getName());

    private final List<FarmListener> listeners = new CopyOnWriteArrayList<>();
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean delivering = new AtomicBoolean();

    void add(final FarmListener listener) {
        listeners.add(listener);
    }

    void remove(final FarmListener listener) {
        listeners.remove(listener);
    }

    void queue(final Consumer<FarmListener> event) {
        queue.add(() -> deliver(event));
    }

    /** A one-off call in the same order as the events, e.g. telling a waiting pipeline it got its hosts. */
    void queueTask(final Runnable task, final String description) {
        queue.add(() -> {
            try {
                task.run();
            }
            catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "Farm callback for " + description + " failed", e);
            }
        });
    }

    /**
     * Delivers the queued events unless another thread is delivering. The loop re-checks the queue after
     * clearing the flag, so an event queued while another thread was finishing is never left behind.
     */
    void drain() {
        while (!queue.isEmpty() && delivering.compareAndSet(false, true)) {
            try {
                for (Runnable event = queue.poll(); event != null; event = queue.poll()) {
                    event.run();
                }
            }
            finally {
                delivering.set(false);
            }
        }
    }

    private void deliver(final Consumer<FarmListener> event) {
        for (FarmListener listener : listeners) {
            try {
                event.accept(listener);
            }
            catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "Farm listener " + listener + " failed", e);
            }
        }
    }
}
