package io.jenkins.plugins.perftracker.core.farm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A change to a lock, as the lock form or PerfTracker's {@code PUT hw_lock/{id}} sends it: each field is
 * either left alone or set. Once a lock has ended only its title and type may change.
 */
public final class LockEdit {
    private final String title;
    private final String type;
    private final String owner;
    private final Integer plannedHours;
    private final List<String> hosts;
    private final Instant end;

    private LockEdit(final String title, final String type, final String owner, final Integer plannedHours,
            final List<String> hosts, final Instant end) {
        this.title = title;
        this.type = type;
        this.owner = owner;
        this.plannedHours = plannedHours;
        this.hosts = hosts;
        this.end = end;
    }

    /** Changes nothing; add fields with the {@code with...} methods. */
    public static LockEdit none() {
        return new LockEdit(null, null, null, null, null, null);
    }

    public LockEdit withTitle(final String value) {
        return new LockEdit(Text.optional("title", value, LockRequest.MAX_TITLE), type, owner, plannedHours, hosts,
                end);
    }

    public LockEdit withType(final String value) {
        return new LockEdit(title, Text.required("type", value, 128), owner, plannedHours, hosts, end);
    }

    public LockEdit withOwner(final String value) {
        return new LockEdit(title, type, Text.optional("owner", value, LockRequest.MAX_OWNER), plannedHours, hosts,
                end);
    }

    public LockEdit withPlannedHours(final int value) {
        return new LockEdit(title, type, owner, LockRequest.checkPlannedHours(value), hosts, end);
    }

    public LockEdit withHosts(final Collection<String> value) {
        return new LockEdit(title, type, owner, plannedHours, List.copyOf(new ArrayList<>(value)), end);
    }

    /** Sets the end: a past end ends the lock then, a future one makes it end by itself at that time. */
    public LockEdit withEnd(final Instant value) {
        return new LockEdit(title, type, owner, plannedHours, hosts, value);
    }

    Optional<String> title() {
        return Optional.ofNullable(title);
    }

    Optional<String> type() {
        return Optional.ofNullable(type);
    }

    Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    Optional<Integer> plannedHours() {
        return Optional.ofNullable(plannedHours);
    }

    Optional<List<String>> hosts() {
        return Optional.ofNullable(hosts);
    }

    Optional<Instant> end() {
        return Optional.ofNullable(end);
    }
}
