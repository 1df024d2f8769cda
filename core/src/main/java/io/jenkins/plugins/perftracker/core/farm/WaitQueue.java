package io.jenkins.plugins.perftracker.core.farm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The requests waiting for hosts, oldest first, and the fair choice among them: walking the queue in order,
 * each earlier waiter claims the free hosts it matches (up to its quantity, even while it cannot yet have them
 * all, so a large request is never starved by small ones), and a request may only take free hosts that no
 * earlier waiter claimed. So a host that becomes free goes to the oldest waiter that wants it, and a newcomer
 * (or {@code tryAcquire}) never overtakes a waiter. Order is by the time a request first queued, so a
 * pipeline that re-queues after a controller restart keeps its place. Not thread-safe: used under the
 * manager's lock.
 */
final class WaitQueue {
    private static final Comparator<Waiter> ORDER = Comparator.comparing((Waiter w) -> w.queuedAt)
            .thenComparingLong(w -> w.sequence);

    private final List<Waiter> waiting = new ArrayList<>();
    private long nextSequence;

    /** One waiting request; identity matters. A blocking {@code acquire} has no callback. */
    static final class Waiter {
        private final HostDemand demand;
        private final Instant queuedAt;
        private final long sequence;
        private final LockRequest request;
        private final Consumer<FarmLock> onGranted;
        private volatile FarmLock granted; // set under the manager's lock when its turn came

        private Waiter(final HostDemand demand, final Instant queuedAt, final long sequence,
                final LockRequest request, final Consumer<FarmLock> onGranted) {
            this.demand = demand;
            this.queuedAt = queuedAt;
            this.sequence = sequence;
            this.request = request;
            this.onGranted = onGranted;
        }

        HostDemand demand() {
            return demand;
        }

        LockRequest request() {
            return request;
        }

        Consumer<FarmLock> onGranted() {
            return onGranted;
        }

        boolean isCallback() {
            return onGranted != null;
        }

        Instant queuedAt() {
            return queuedAt;
        }

        FarmLock granted() {
            return granted;
        }

        void grant(final FarmLock lock) {
            granted = lock;
        }
    }

    /** A blocking waiter for one host, queued now. */
    Waiter enqueue(final HostSelector selector, final Instant now) {
        return enqueue(HostDemand.of(selector, 1), now, null, null);
    }

    Waiter enqueue(final HostDemand demand, final Instant queuedAt, final LockRequest request,
            final Consumer<FarmLock> onGranted) {
        Waiter waiter = new Waiter(demand, queuedAt, nextSequence++, request, onGranted);
        int at = 0;
        while (at < waiting.size() && ORDER.compare(waiting.get(at), waiter) <= 0) {
            at++;
        }
        waiting.add(at, waiter);
        return waiter;
    }

    boolean remove(final Waiter waiter) {
        return waiting.remove(waiter);
    }

    boolean contains(final Waiter waiter) {
        return waiting.contains(waiter);
    }

    int size() {
        return waiting.size();
    }

    /** The waiters, oldest first. */
    List<Waiter> inOrder() {
        return new ArrayList<>(waiting);
    }

    /** 1-based place of the waiter in the queue, 0 if it is not queued. */
    int position(final Waiter waiter) {
        return waiting.indexOf(waiter) + 1;
    }

    /** The hosts {@code waiter} may take now (all it wants, or empty); a waiter not queued counts as newest. */
    Optional<List<String>> pick(final Waiter waiter, final FarmState state) {
        List<FarmHost> free = new ArrayList<>(state.hostsInOrder());
        free.removeIf(h -> !state.isFree(h.getName()));
        for (Waiter earlier : waiting) {
            if (earlier == waiter) {
                break;
            }
            List<FarmHost> claimed = free.stream().filter(earlier.demand::matches)
                    .limit(earlier.demand.getQuantity()).toList();
            free.removeAll(claimed);
        }
        List<String> mine = free.stream().filter(waiter.demand::matches).limit(waiter.demand.getQuantity())
                .map(FarmHost::getName).toList();
        return mine.size() == waiter.demand.getQuantity() ? Optional.of(mine) : Optional.empty();
    }
}
