package io.jenkins.plugins.perftracker.core.farm;

import java.time.Instant;
import java.util.Optional;

/**
 * A request waiting in the farm's queue without a thread (the plugin's {@code perftrackerLock} step): the
 * manager takes the hosts when it is this request's turn and calls the callback given to
 * {@link FarmLockManager#enqueue}. {@link #cancel()} leaves the queue, or ends the lock if it was granted in
 * the meantime, so an aborted pipeline never keeps a host.
 */
public final class WaitTicket {
    private final FarmLockManager manager;
    private final WaitQueue.Waiter waiter;

    WaitTicket(final FarmLockManager manager, final WaitQueue.Waiter waiter) {
        this.manager = manager;
        this.waiter = waiter;
    }

    WaitQueue.Waiter waiter() {
        return waiter;
    }

    /** The lock taken for this request, once its turn came. */
    public Optional<FarmLock> getGranted() {
        return Optional.ofNullable(waiter.granted());
    }

    /** When the request first queued (kept across a restart, so it keeps its place). */
    public Instant getQueuedAt() {
        return waiter.queuedAt();
    }

    public HostDemand getDemand() {
        return waiter.demand();
    }

    /** 1-based place in the queue; 0 once granted or cancelled. */
    public int position() {
        return manager.position(this);
    }

    /** Leaves the queue; if the hosts were already taken for this request, ends that lock. */
    public void cancel() {
        manager.cancel(this);
    }

    @Override
    public String toString() {
        return "request for " + waiter.demand().describe() + " queued at " + waiter.queuedAt();
    }
}
