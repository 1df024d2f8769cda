package io.jenkins.plugins.perftracker.core.farm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The farm's mutable state and its rules. Not thread-safe: the one instance lives inside
 * {@link FarmLockManager} and every call runs under its lock. Each change queues an event, so events leave in
 * the order the changes happened. Invariant: {@code activeByHost} maps each host to the one active lock that
 * holds it, and {@code active} holds exactly the locks that appear there.
 */
final class FarmState {
    private final Map<String, FarmHost> hosts = new HashMap<>();
    private final Map<String, LockType> types = new HashMap<>();
    private final NavigableMap<Long, FarmLock> locks = new TreeMap<>();
    private final NavigableMap<Long, FarmLock> active = new TreeMap<>();
    private final Map<String, Long> activeByHost = new HashMap<>();
    private final EventDispatcher events;
    private long nextId = 1;
    private HistoryPolicy history = HistoryPolicy.DEFAULT;
    private ExternalHolds external = ExternalHolds.NONE;

    FarmState(final EventDispatcher events) {
        this.events = events;
    }

    /** Loads a snapshot; refuses one where two active locks share a host rather than guess which one wins. */
    void load(final FarmSnapshot snapshot, final Instant now) {
        snapshot.getHosts().forEach(h -> hosts.put(h.getName(), h));
        snapshot.getLockTypes().forEach(t -> types.put(t.getName(), t));
        for (FarmLock lock : snapshot.getLocks()) {
            locks.put(lock.getId(), lock);
            if (lock.isActiveAt(now)) {
                lock.getHosts().forEach(h -> conflict(h, lock.getId()).ifPresent(holder -> {
                    throw new FarmException("Stored farm is inconsistent: " + LockConflictException.message(h, holder)
                            + " and also by " + lock.describe());
                }));
                activate(lock);
            }
        }
        nextId = snapshot.getNextLockId();
    }

    void setHistory(final HistoryPolicy policy) {
        history = policy;
    }

    HistoryPolicy history() {
        return history;
    }

    /**
     * Drops ended locks that ended before the policy's cutoff, then the oldest ended locks beyond its count.
     * One pass over the locks: for the periodic sweep and after a load, not for every call.
     */
    List<FarmLock> prune(final Instant now) {
        List<FarmLock> dropped = new ArrayList<>();
        for (FarmLock lock : new ArrayList<>(locks.values())) {
            if (!active.containsKey(lock.getId()) && history.isExpired(lock, now)) {
                locks.remove(lock.getId());
                dropped.add(lock);
            }
        }
        dropped.addAll(dropOverCount());
        if (!dropped.isEmpty()) {
            events.queue(l -> l.pruned(dropped));
        }
        return dropped;
    }

    /** The oldest ended locks (by id) beyond the count limit; cheap when only a few are over. */
    private List<FarmLock> dropOverCount() {
        List<FarmLock> dropped = new ArrayList<>();
        int over = locks.size() - active.size() - history.getMaxEndedLocks();
        for (var it = locks.values().iterator(); over > 0 && it.hasNext();) {
            FarmLock lock = it.next();
            if (!active.containsKey(lock.getId())) {
                it.remove();
                dropped.add(lock);
                over--;
            }
        }
        return dropped;
    }

    FarmSnapshot snapshot(final Instant now) {
        return new FarmSnapshot(now, new ArrayList<>(hosts.values()), new ArrayList<>(types.values()),
                new ArrayList<>(locks.values()), nextId);
    }

    FarmHost putHost(final FarmHost host) {
        hosts.put(host.getName(), host);
        events.queue(FarmListener::inventoryChanged);
        return host;
    }

    boolean removeHost(final String name) {
        conflict(name, 0).ifPresent(holder -> {
            throw new FarmException("Host '" + name + "' cannot be removed while " + holder.describe() + " holds it");
        });
        boolean removed = hosts.remove(name) != null;
        if (removed) {
            events.queue(FarmListener::inventoryChanged);
        }
        return removed;
    }

    Optional<FarmHost> host(final String name) {
        return Optional.ofNullable(hosts.get(name));
    }

    List<FarmHost> hostsInOrder() {
        return hosts.values().stream().sorted(FarmHost.DISPLAY_ORDER).toList();
    }

    LockType putType(final LockType type) {
        types.put(type.getName(), type);
        events.queue(FarmListener::inventoryChanged);
        return type;
    }

    /** Locks of a removed type keep its name and are drawn in the default type's colours. */
    boolean removeType(final String name) {
        boolean removed = types.remove(name) != null;
        if (removed) {
            events.queue(FarmListener::inventoryChanged);
        }
        return removed;
    }

    boolean hasType(final String name) {
        return types.containsKey(name) || LockType.DEFAULT.getName().equals(name);
    }

    LockType type(final String name) {
        return types.getOrDefault(name, LockType.DEFAULT);
    }

    Optional<FarmLock> lockById(final long id) {
        return Optional.ofNullable(locks.get(id));
    }

    FarmLock requireLock(final long id) {
        return lockById(id).orElseThrow(() -> new FarmException("Unknown lock #" + id));
    }

    /** The active lock holding the host, unless it is the lock {@code selfId} itself. */
    Optional<FarmLock> conflict(final String host, final long selfId) {
        Long holder = activeByHost.get(host);
        return holder == null || holder == selfId ? Optional.empty() : Optional.of(active.get(holder));
    }

    /** Free: no farm lock holds the host, and nobody outside the farm does (see {@link ExternalHolds}). */
    boolean isFree(final String host) {
        return !activeByHost.containsKey(host) && external.heldBy(host).isEmpty();
    }

    void setExternalHolds(final ExternalHolds holds) {
        external = holds;
    }

    Optional<String> externalHolder(final String host) {
        return external.heldBy(host);
    }

    boolean isActive(final long id) {
        return active.containsKey(id);
    }

    /** Takes a new lock on all hosts or on none; {@link LockRules} has checked the request. */
    FarmLock lock(final LockRequest request, final List<String> hostNames, final Instant begin) {
        FarmLock lock = new FarmLock(nextId++, request, begin, null, hostNames);
        locks.put(lock.getId(), lock);
        activate(lock);
        events.queue(l -> l.locked(lock));
        return lock;
    }

    /** Ends an active lock now; an ended lock stays as it is. */
    FarmLock unlock(final long id, final Instant now) {
        FarmLock lock = requireLock(id);
        if (!active.containsKey(id)) {
            return lock;
        }
        FarmLock ended = lock.withEnd(now);
        end(ended, EndReason.UNLOCKED);
        return ended;
    }

    /** Stores a changed lock (same id), moving its host claims if it is active. */
    void replace(final FarmLock before, final FarmLock after) {
        locks.put(after.getId(), after);
        if (active.containsKey(after.getId())) {
            deactivate(before);
            activate(after);
        }
        events.queue(l -> l.updated(before, after));
    }

    /** Ends every active lock whose time is up at {@code now}; returns them. */
    List<FarmLock> expireDue(final Instant now) {
        List<FarmLock> ended = new ArrayList<>();
        for (FarmLock lock : new ArrayList<>(active.values())) {
            Optional<Instant> due = dueAt(lock);
            if (due.isPresent() && !due.get().isAfter(now)) {
                FarmLock expired = lock.withEnd(due.get());
                end(expired, EndReason.EXPIRED);
                ended.add(expired);
            }
        }
        return ended;
    }

    /** The earliest time an active lock ends by itself. */
    Optional<Instant> nextDue() {
        return active.values().stream().map(this::dueAt).flatMap(Optional::stream).min(Instant::compareTo);
    }

    private Optional<Instant> dueAt(final FarmLock lock) {
        if (lock.getEnd().isPresent()) {
            return lock.getEnd();
        }
        return type(lock.getType()).isExpiring() ? lock.plannedEnd() : Optional.empty();
    }

    private void end(final FarmLock ended, final EndReason reason) {
        deactivate(active.get(ended.getId()));
        locks.put(ended.getId(), ended);
        events.queue(l -> l.ended(ended, reason));
        List<FarmLock> dropped = dropOverCount();
        if (!dropped.isEmpty()) {
            events.queue(l -> l.pruned(dropped));
        }
    }

    private void activate(final FarmLock lock) {
        active.put(lock.getId(), lock);
        lock.getHosts().forEach(h -> activeByHost.put(h, lock.getId()));
    }

    private void deactivate(final FarmLock lock) {
        active.remove(lock.getId());
        lock.getHosts().forEach(h -> activeByHost.remove(h, lock.getId()));
    }
}
