package io.jenkins.plugins.perftracker.core.farm;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a new lock says about itself: title, owner, planned hours, type and whether a person (manual) or a
 * pipeline (automatic) took it. The hosts are given separately, to {@code lock} or by {@code acquire}.
 * Immutable; the {@code with...} methods return changed copies.
 */
public final class LockRequest {
    /** A year: longer plans are typing mistakes. */
    static final int MAX_PLANNED_HOURS = 24 * 366;
    static final int MAX_TITLE = 128;
    static final int MAX_OWNER = 64;

    private final String title;
    private final String owner;
    private final int plannedHours;
    private final String type;
    private final boolean manual;
    private final Instant begin;

    private LockRequest(final String title, final String owner, final int plannedHours, final String type,
            final boolean manual, final Instant begin) {
        this.title = Text.optional("title", title, MAX_TITLE);
        this.owner = Text.optional("owner", owner, MAX_OWNER);
        this.plannedHours = checkPlannedHours(plannedHours);
        this.type = Text.required("type", type, 128);
        this.manual = manual;
        this.begin = begin;
    }

    /** A lock a person takes from the UI: 24 planned hours, the default type. */
    public static LockRequest manual(final String title, final String owner) {
        return new LockRequest(title, owner, 24, LockType.DEFAULT.getName(), true, null);
    }

    /** A lock a pipeline takes: like {@link #manual} but marked automatic. */
    public static LockRequest automatic(final String title, final String owner) {
        return new LockRequest(title, owner, 24, LockType.DEFAULT.getName(), false, null);
    }

    static int checkPlannedHours(final int hours) {
        if (hours < 0 || hours > MAX_PLANNED_HOURS) {
            throw new InvalidValueException("plannedHours",
                    "0.." + MAX_PLANNED_HOURS + " expected but was " + hours);
        }
        return hours;
    }

    public LockRequest withTitle(final String value) {
        return new LockRequest(value, owner, plannedHours, type, manual, begin);
    }

    public LockRequest withOwner(final String value) {
        return new LockRequest(title, value, plannedHours, type, manual, begin);
    }

    /** 0 means no plan: the lock is open until unlocked, whatever its type. */
    public LockRequest withPlannedHours(final int hours) {
        return new LockRequest(title, owner, hours, type, manual, begin);
    }

    /** The lock type's name; an unknown name is refused when the lock is taken. */
    public LockRequest withType(final String typeName) {
        return new LockRequest(title, owner, plannedHours, typeName, manual, begin);
    }

    /** A begin in the past, to record a lock that was taken earlier; the default is now. */
    public LockRequest withBegin(final Instant value) {
        return new LockRequest(title, owner, plannedHours, type, manual, Objects.requireNonNull(value, "begin"));
    }

    public String getTitle() {
        return title;
    }

    public String getOwner() {
        return owner;
    }

    public int getPlannedHours() {
        return plannedHours;
    }

    public String getType() {
        return type;
    }

    public boolean isManual() {
        return manual;
    }

    public Optional<Instant> getBegin() {
        return Optional.ofNullable(begin);
    }

    @Override
    public String toString() {
        return "'" + title + "' (" + owner + ")";
    }
}
