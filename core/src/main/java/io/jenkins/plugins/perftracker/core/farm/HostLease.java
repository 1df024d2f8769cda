package io.jenkins.plugins.perftracker.core.farm;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A pipeline's hold on one host. {@link #close()} releases it exactly once: from any thread, any number of
 * times, and harmlessly after the lock already ended (expired, or unlocked from the UI). Use it in
 * try-with-resources, or close it from the step's body callback.
 */
public final class HostLease implements AutoCloseable {
    private final FarmLockManager manager;
    private final FarmLock lock;
    private final AtomicBoolean released = new AtomicBoolean();

    HostLease(final FarmLockManager manager, final FarmLock lock) {
        this.manager = manager;
        this.lock = lock;
    }

    /** The lock as it was taken. */
    public FarmLock getLock() {
        return lock;
    }

    public long getLockId() {
        return lock.getId();
    }

    /** The one host this lease holds (the agent name for {@code node(...)}). */
    public String getHostName() {
        return lock.getHosts().get(0);
    }

    public boolean isReleased() {
        return released.get();
    }

    /** Ends the lock unless this lease was released before; never throws for an ended lock. */
    @Override
    public void close() {
        if (released.compareAndSet(false, true)) {
            manager.release(lock.getId());
        }
    }

    @Override
    public String toString() {
        return "lease of '" + getHostName() + "' (" + lock.describe() + (isReleased() ? ", released)" : ")");
    }
}
