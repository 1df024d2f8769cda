package io.jenkins.plugins.perftracker.core.farm;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole farm at one instant: hosts and lock types in display order, every lock (active and history) by id,
 * and the next lock id. Immutable; the UI, the timeline and the XML codec read it, and
 * {@link FarmLockManager#restore} starts a manager from it.
 */
public final class FarmSnapshot {
    private final Instant takenAt;
    private final List<FarmHost> hosts;
    private final List<LockType> lockTypes;
    private final List<FarmLock> locks;
    private final long nextLockId;
    private final Map<String, FarmLock> activeByHost = new HashMap<>();

    public FarmSnapshot(final Instant takenAt, final List<FarmHost> hosts, final List<LockType> lockTypes,
            final List<FarmLock> locks, final long nextLockId) {
        this.takenAt = Objects.requireNonNull(takenAt, "takenAt");
        this.hosts = hosts.stream().sorted(FarmHost.DISPLAY_ORDER).toList();
        this.lockTypes = lockTypes.stream().sorted(LockType.DISPLAY_ORDER).toList();
        this.locks = locks.stream().sorted(Comparator.comparingLong(FarmLock::getId)).toList();
        long maxId = this.locks.isEmpty() ? 0 : this.locks.get(this.locks.size() - 1).getId();
        this.nextLockId = Math.max(nextLockId, maxId + 1);
        for (FarmLock lock : this.locks) {
            if (lock.isActiveAt(takenAt)) {
                lock.getHosts().forEach(host -> activeByHost.putIfAbsent(host, lock));
            }
        }
    }

    /** An empty farm. */
    public static FarmSnapshot empty(final Instant takenAt) {
        return new FarmSnapshot(takenAt, List.of(), List.of(), List.of(), 1);
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public List<FarmHost> getHosts() {
        return hosts;
    }

    /** The configured types; {@link LockType#DEFAULT} is implied and listed only if it was configured. */
    public List<LockType> getLockTypes() {
        return lockTypes;
    }

    /** Every lock, active and ended, by id. */
    public List<FarmLock> getLocks() {
        return locks;
    }

    /** The id the next lock gets: ids continue after a restart and are never reused. */
    public long getNextLockId() {
        return nextLockId;
    }

    public Optional<FarmLock> lockById(final long id) {
        return locks.stream().filter(l -> l.getId() == id).findFirst();
    }

    public Optional<FarmHost> host(final String name) {
        return hosts.stream().filter(h -> h.getName().equals(name)).findFirst();
    }

    /** The named type, or {@link LockType#DEFAULT} for a type that does not exist (any more). */
    public LockType lockType(final String name) {
        return lockTypes.stream().filter(t -> t.getName().equals(name)).findFirst().orElse(LockType.DEFAULT);
    }

    public List<FarmLock> activeLocks() {
        return locks.stream().filter(l -> l.isActiveAt(takenAt)).toList();
    }

    /** The active lock holding the host. */
    public Optional<FarmLock> activeLock(final String hostName) {
        return Optional.ofNullable(activeByHost.get(hostName));
    }

    public HostStatus status(final String hostName) {
        return activeLock(hostName)
                .map(l -> lockType(l.getType()).isOutOfService() ? HostStatus.OUT_OF_SERVICE : HostStatus.LOCKED)
                .orElse(HostStatus.FREE);
    }

    /**
     * The farm as a user who sees only some hosts sees it: other hosts are left out, and so are locks that
     * hold none of the visible hosts; a lock on visible and hidden hosts shows only the visible ones.
     */
    public FarmSnapshot visibleTo(final java.util.function.Predicate<String> visibleHost) {
        List<FarmHost> shown = hosts.stream().filter(h -> visibleHost.test(h.getName())).toList();
        List<FarmLock> shownLocks = new java.util.ArrayList<>();
        for (FarmLock lock : locks) {
            List<String> visible = lock.getHosts().stream().filter(visibleHost).toList();
            if (!visible.isEmpty()) {
                shownLocks.add(visible.size() == lock.getHosts().size() ? lock : lock.withHosts(visible));
            }
        }
        return new FarmSnapshot(takenAt, shown, lockTypes, shownLocks, nextLockId);
    }

    /** Equal content, ignoring when the snapshots were taken. */
    public boolean sameContent(final FarmSnapshot other) {
        return hosts.equals(other.hosts) && lockTypes.equals(other.lockTypes) && locks.equals(other.locks)
                && nextLockId == other.nextLockId;
    }

    @Override
    public String toString() {
        return "farm at " + takenAt + ": " + hosts.size() + " hosts, " + locks.size() + " locks";
    }
}
