package io.jenkins.plugins.perftracker.core.farm;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One lock of one or more hosts (PerfTracker's HwFarmNodeLock), active or in history. Immutable: the manager
 * replaces it when it changes. Active means not ended: {@code end} is absent or later than now.
 */
public final class FarmLock {
    private final long id;
    private final LockRequest request;
    private final Instant begin;
    private final Instant end;
    private final List<String> hosts;

    FarmLock(final long id, final LockRequest request, final Instant begin, final Instant end,
            final List<String> hosts) {
        this.id = id;
        this.request = request;
        this.begin = Objects.requireNonNull(begin, "begin");
        this.end = end;
        this.hosts = List.copyOf(new TreeSet<>(hosts));
    }

    FarmLock withRequest(final LockRequest value) {
        return new FarmLock(id, value, begin, end, hosts);
    }

    FarmLock withEnd(final Instant value) {
        return new FarmLock(id, request, begin, value, hosts);
    }

    FarmLock withHosts(final List<String> value) {
        return new FarmLock(id, request, begin, end, value);
    }

    LockRequest getRequest() {
        return request;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return request.getTitle();
    }

    public String getOwner() {
        return request.getOwner();
    }

    /** The lock type's name; see {@link FarmSnapshot#lockType(String)} for its colours. */
    public String getType() {
        return request.getType();
    }

    public int getPlannedHours() {
        return request.getPlannedHours();
    }

    public boolean isManual() {
        return request.isManual();
    }

    public Instant getBegin() {
        return begin;
    }

    /** Absent while the lock is open-ended. */
    public Optional<Instant> getEnd() {
        return Optional.ofNullable(end);
    }

    /** The locked host names, sorted. */
    public List<String> getHosts() {
        return hosts;
    }

    /** PerfTracker's rule: active while {@code end} is absent or later than {@code now}. */
    public boolean isActiveAt(final Instant now) {
        return end == null || end.isAfter(now);
    }

    /** begin + planned hours; absent without a plan. */
    public Optional<Instant> plannedEnd() {
        return getPlannedHours() == 0 ? Optional.empty()
                : Optional.of(begin.plus(Duration.ofHours(getPlannedHours())));
    }

    /** "lock #12 'title'", as conflict messages name it. */
    public String describe() {
        return "lock #" + id + " '" + getTitle() + "'";
    }

    private List<Object> values() {
        return Arrays.asList(id, getTitle(), getOwner(), getType(), getPlannedHours(), isManual(), begin, end, hosts);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof FarmLock && values().equals(((FarmLock) o).values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return describe() + " by '" + getOwner() + "' on " + hosts + " from " + begin
                + (end == null ? " (open)" : " to " + end);
    }
}
