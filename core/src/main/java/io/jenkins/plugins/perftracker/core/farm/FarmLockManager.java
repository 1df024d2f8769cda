package io.jenkins.plugins.perftracker.core.farm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The farm: hosts, lock types and locks, with at most one active lock per host. Every method is thread-safe.
 *
 * <p>Locking rule: {@code lock} (one private lock per manager, never static) guards {@code state} and
 * {@code waiting}; {@code changed} is signalled whenever a host may have become free. Listeners are called
 * after {@code lock} is released (see {@link FarmListener}). Time comes only from the injected {@link Clock}:
 * every call first ends the locks whose time is up, so expiry needs no timer; {@link #expire()} does the same
 * for a periodic sweep.
 */
public final class FarmLockManager {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final FarmState state; // guarded by lock
    private final WaitQueue waiting = new WaitQueue(); // guarded by lock
    private final EventDispatcher events = new EventDispatcher();
    private final Clock clock;

    public FarmLockManager(final Clock clock) {
        this.clock = clock;
        this.state = new FarmState(events);
    }

    /** A farm as saved; fails if the snapshot holds two active locks on one host. */
    public static FarmLockManager restore(final FarmSnapshot snapshot, final Clock clock) {
        FarmLockManager manager = new FarmLockManager(clock);
        manager.state.load(snapshot, clock.instant());
        return manager;
    }

    /** See {@link FarmListener} for when and how listeners are called. */
    public void addListener(final FarmListener listener) {
        events.add(listener);
    }

    public void removeListener(final FarmListener listener) {
        events.remove(listener);
    }

    /** How much ended-lock history to keep; applied by {@link #pruneHistory()} and whenever a lock ends. */
    public void setHistoryPolicy(final HistoryPolicy policy) {
        call(s -> {
            s.setHistory(policy);
            return null;
        });
    }

    /** Drops the history the policy no longer keeps (the periodic sweep); returns the dropped locks. */
    public List<FarmLock> pruneHistory() {
        return call(s -> s.prune(clock.instant()));
    }

    /** Holds made outside the farm (Lockable Resources) that make a host unavailable; see {@link ExternalHolds}. */
    public void setExternalHolds(final ExternalHolds holds) {
        call(s -> {
            s.setExternalHolds(holds);
            return null;
        });
    }

    /** Who holds the host outside the farm, if anybody. */
    public Optional<String> externalHolder(final String host) {
        return call(s -> s.externalHolder(host));
    }

    /** Adds the host or replaces the one with its name; its locks stay. */
    public void putHost(final FarmHost host) {
        call(s -> s.putHost(host));
    }

    /** Removes a host that no active lock holds; ended locks keep its name. */
    public boolean removeHost(final String name) {
        return call(s -> s.removeHost(name));
    }

    public Optional<FarmHost> host(final String name) {
        return call(s -> s.host(name));
    }

    public List<FarmHost> hosts() { // in display order
        return call(FarmState::hostsInOrder);
    }

    /** Adds or replaces a lock type (also the default one, to recolour it). */
    public void putLockType(final LockType type) {
        call(s -> s.putType(type));
    }

    /** The named type, or the default one for a name that is not (or no longer) configured. */
    public LockType lockType(final String name) {
        return call(s -> s.type(name));
    }

    public boolean removeLockType(final String name) {
        return call(s -> s.removeType(name));
    }

    /** Locks all hosts or none (PerfTracker's {@code POST hw_lock}); a held host fails with its holder. */
    public FarmLock lock(final LockRequest request, final Collection<String> hosts) {
        return call(s -> LockRules.take(s, request, hosts, clock.instant()));
    }

    /** Ends the lock now and keeps it in history; unlocking an ended lock changes nothing. */
    public FarmLock unlock(final long id) {
        return call(s -> s.unlock(id, clock.instant()));
    }

    /** Changes a lock; see {@link LockEdit}. Returns the lock after the change. */
    public FarmLock update(final long id, final LockEdit edit) {
        return call(s -> LockRules.edit(s, id, edit, clock.instant()));
    }

    public Optional<FarmLock> lockById(final long id) {
        return call(s -> s.lockById(id));
    }

    public Optional<FarmLock> activeLock(final String host) {
        return call(s -> s.conflict(host, 0));
    }

    /** Ends the locks whose time is up now: the plugin's periodic sweep. */
    public List<FarmLock> expire() {
        return expire(clock.instant());
    }

    public List<FarmLock> expire(final Instant now) { // the same, at a given instant
        return call(s -> s.expireDue(now));
    }

    public FarmSnapshot snapshot() { // for pages, the timeline and saving
        return call(s -> s.snapshot(clock.instant()));
    }

    /** Takes a matching free host at once, or returns empty; never overtakes a waiting pipeline. */
    public Optional<HostLease> tryAcquire(final HostSelector selector, final LockRequest request) {
        try {
            return Optional.of(acquire(selector, request, Duration.ZERO));
        }
        catch (LockConflictException e) {
            return Optional.empty();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Takes a matching free host, waiting in FIFO order up to {@code timeout} (zero: not at all).
     *
     * @throws LockConflictException naming the holders if no host became free in time
     * @throws FarmException         if no host matches at all (waiting could not help)
     * @throws InterruptedException  if the thread was interrupted while waiting; nothing is locked then
     */
    public HostLease acquire(final HostSelector selector, final LockRequest request, final Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + Acquisition.nanos(timeout);
        lock.lockInterruptibly();
        WaitQueue.Waiter me = waiting.enqueue(selector, clock.instant());
        try {
            Acquisition acquisition = new Acquisition(state, selector, request);
            return new HostLease(this, awaitHost(acquisition, me, deadline, timeout));
        }
        finally {
            waiting.remove(me);
            grantWaiting();
            changed.signalAll();
            lock.unlock();
            events.drain();
        }
    }

    /** Guarded by {@code lock} (the caller holds it): tries, then sleeps until a change, a due lock or the end. */
    private FarmLock awaitHost(final Acquisition acquisition, final WaitQueue.Waiter me, final long deadline,
            final Duration timeout) throws InterruptedException {
        Optional<FarmLock> taken = attempt(acquisition, me);
        while (taken.isEmpty()) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw acquisition.timedOut(timeout);
            }
            changed.awaitNanos(Math.min(remaining, Acquisition.nanosUntil(state.nextDue(), clock.instant())));
            taken = attempt(acquisition, me);
        }
        return taken.get();
    }

    /**
     * Queues a request without a waiting thread: when its turn comes (FIFO by {@code queuedAt}, the same queue
     * as {@link #acquire}) the hosts are locked together and {@code onGranted} is called with the lock, outside
     * the manager's lock and possibly before this method returns. Give the original {@code queuedAt} when
     * re-queueing after a restart, so the request keeps its place.
     *
     * @throws FarmException at once if the request could never be granted (unknown host or type, too few hosts)
     */
    public WaitTicket enqueue(final HostDemand demand, final LockRequest request, final Instant queuedAt,
            final Consumer<FarmLock> onGranted) {
        Objects.requireNonNull(onGranted, "onGranted");
        return call(s -> {
            LockRules.checkType(s, request.getType());
            demand.checkSatisfiable(s.hostsInOrder());
            return new WaitTicket(this, waiting.enqueue(demand, queuedAt, request, onGranted));
        });
    }

    /** Takes the demanded hosts now if they are free and no waiter is ahead; never waits. */
    public Optional<FarmLock> tryLock(final HostDemand demand, final LockRequest request) {
        return call(s -> {
            LockRules.checkType(s, request.getType());
            demand.checkSatisfiable(s.hostsInOrder());
            WaitQueue.Waiter probe = waiting.enqueue(demand, Instant.MAX, request, null);
            try {
                return waiting.pick(probe, s).map(hosts -> s.lock(request, hosts, clock.instant()));
            }
            finally {
                waiting.remove(probe);
            }
        });
    }

    int position(final WaitTicket ticket) {
        return call(s -> waiting.position(ticket.waiter()));
    }

    /** Leaves the queue, or ends the lock already granted to the ticket. */
    void cancel(final WaitTicket ticket) {
        call(s -> {
            FarmLock granted = ticket.waiter().granted();
            if (!waiting.remove(ticket.waiter()) && granted != null && s.isActive(granted.getId())) {
                s.unlock(granted.getId(), clock.instant());
            }
            return null;
        });
    }

    /** Guarded by {@code lock}: grants every queued callback request whose turn it is, oldest first. */
    private void grantWaiting() {
        for (WaitQueue.Waiter waiter : waiting.inOrder()) {
            if (waiter.isCallback()) {
                Optional<List<String>> hosts = waiting.pick(waiter, state);
                if (hosts.isPresent()) {
                    waiting.remove(waiter);
                    FarmLock taken = state.lock(waiter.request(), hosts.get(), clock.instant());
                    waiter.grant(taken);
                    events.queueTask(() -> waiter.onGranted().accept(taken), taken.describe());
                }
            }
        }
    }

    /** The requests waiting now, oldest first: what each wants and since when. */
    public List<QueuedRequest> queue() {
        return queue(host -> true);
    }

    /**
     * The requests a user may see, for the farm page: those that name only hosts visible to that user (a request
     * by label names no host, so it always shows).
     */
    public List<QueuedRequest> queue(final Predicate<String> visibleHost) {
        return call(s -> waiting.inOrder().stream()
                .filter(w -> w.demand().namesOnly(visibleHost))
                .map(w -> new QueuedRequest(w.demand().describe(), w.request() == null ? "" : w.request().getTitle(),
                        w.queuedAt()))
                .toList());
    }

    /** One waiting request as the farm page lists it. */
    public record QueuedRequest(String wants, String title, Instant since) {
    }

    /** A lease on an active lock, for a pipeline resumed after a restart. */
    public HostLease lease(final long lockId) {
        return call(s -> new HostLease(this, LockRules.requireLeasable(s, lockId)));
    }

    /** Called once per lease (HostLease guards that); harmless for an ended lock. */
    void release(final long lockId) {
        call(s -> s.isActive(lockId) ? s.unlock(lockId, clock.instant()) : null);
    }

    private Optional<FarmLock> attempt(final Acquisition acquisition, final WaitQueue.Waiter me) {
        Instant now = clock.instant();
        state.expireDue(now);
        return acquisition.attempt(waiting.pick(me, state).map(hosts -> hosts.get(0)), now);
    }

    int waitingCount() {
        return call(s -> waiting.size());
    }

    private <T> T call(final Function<FarmState, T> action) {
        lock.lock();
        try {
            state.expireDue(clock.instant());
            T result = action.apply(state);
            grantWaiting();
            changed.signalAll();
            return result;
        }
        finally {
            lock.unlock();
            events.drain();
        }
    }
}
