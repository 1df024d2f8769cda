package io.jenkins.plugins.perftracker.core.farm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** PerfTracker's lock rules, checked against the state before anything changes (all or nothing). */
final class LockRules {
    private LockRules() {
    }

    /** Takes a new lock on all hosts or none; returns it as it is after expiry (a lock begun long ago may end). */
    static FarmLock take(final FarmState state, final LockRequest request, final Collection<String> hosts,
            final Instant now) {
        checkType(state, request.getType());
        Instant begin = checkBegin(request, now);
        FarmLock taken = state.lock(request, checkHosts(state, hosts, 0), begin);
        state.expireDue(now);
        return state.requireLock(taken.getId());
    }

    /** Applies an edit and returns the lock after it (ended, if the edit ended it). */
    static FarmLock edit(final FarmState state, final long id, final LockEdit edit, final Instant now) {
        FarmLock before = state.requireLock(id);
        FarmLock after = apply(state, before, edit);
        if (!after.equals(before)) {
            state.replace(before, after);
        }
        state.expireDue(now);
        return state.requireLock(id);
    }

    /** A lock a pipeline lease may hold: active, on one host. */
    static FarmLock requireLeasable(final FarmState state, final long id) {
        FarmLock held = state.requireLock(id);
        if (!state.isActive(id) || held.getHosts().size() != 1) {
            throw new FarmException(held.describe() + " is not an active single-host lock");
        }
        return held;
    }

    /** The sorted, distinct host names; each must exist and be free of other locks than {@code selfId}. */
    static List<String> checkHosts(final FarmState state, final Collection<String> names, final long selfId) {
        if (names.isEmpty()) {
            throw new FarmException("A lock needs at least one host");
        }
        List<String> hosts = new ArrayList<>(new TreeSet<>(names));
        for (String host : hosts) {
            if (state.host(host).isEmpty()) {
                throw new FarmException("Unknown host '" + host + "'");
            }
            state.conflict(host, selfId).ifPresent(holder -> {
                throw LockConflictException.of(host, holder);
            });
            state.externalHolder(host).ifPresent(holder -> {
                throw new LockConflictException(LockConflictException.external(host, holder));
            });
        }
        return hosts;
    }

    static void checkType(final FarmState state, final String type) {
        if (!state.hasType(type)) {
            throw new FarmException("Unknown lock type '" + type + "'");
        }
    }

    /** The request's begin, or now; a lock cannot begin in the future (there are no reservations ahead). */
    static Instant checkBegin(final LockRequest request, final Instant now) {
        Instant begin = request.getBegin().orElse(now);
        if (begin.isAfter(now)) {
            throw new FarmException("A lock cannot begin in the future (" + begin + " is after " + now + ")");
        }
        return begin;
    }

    /** Applies the edit; an ended lock takes only a new title and type, anything else is refused by name. */
    private static FarmLock apply(final FarmState state, final FarmLock lock, final LockEdit edit) {
        boolean active = state.isActive(lock.getId());
        if (!active) {
            refuseOnEnded(lock, edit);
        }
        edit.type().ifPresent(type -> checkType(state, type));
        LockRequest r = lock.getRequest();
        r = edit.title().map(r::withTitle).orElse(r);
        r = edit.type().map(r::withType).orElse(r);
        r = edit.owner().map(r::withOwner).orElse(r);
        r = edit.plannedHours().map(r::withPlannedHours).orElse(r);
        FarmLock changed = lock.withRequest(r);
        if (active && edit.hosts().isPresent()) {
            changed = changed.withHosts(checkHosts(state, edit.hosts().get(), lock.getId()));
        }
        if (active && edit.end().isPresent()) {
            changed = changed.withEnd(checkEnd(lock, edit.end().get()));
        }
        return changed;
    }

    private static Instant checkEnd(final FarmLock lock, final Instant end) {
        if (end.isBefore(lock.getBegin())) {
            throw new FarmException("The end of " + lock.describe() + " cannot be before its begin " + lock.getBegin());
        }
        return end;
    }

    private static void refuseOnEnded(final FarmLock lock, final LockEdit edit) {
        List<String> refused = new ArrayList<>();
        edit.owner().filter(o -> !o.equals(lock.getOwner())).ifPresent(o -> refused.add("owner"));
        edit.plannedHours().filter(h -> h != lock.getPlannedHours()).ifPresent(h -> refused.add("plannedHours"));
        edit.hosts().filter(h -> !new TreeSet<>(h).equals(new TreeSet<>(lock.getHosts())))
                .ifPresent(h -> refused.add("hosts"));
        edit.end().filter(e -> !Objects.equals(lock.getEnd().orElse(null), e)).ifPresent(e -> refused.add("end"));
        if (!refused.isEmpty()) {
            throw new FarmException(lock.describe() + " has ended at " + lock.getEnd().orElse(null)
                    + ": only its title and type may change, not " + String.join(", ", refused));
        }
    }
}
