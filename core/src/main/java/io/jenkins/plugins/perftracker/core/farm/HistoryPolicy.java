package io.jenkins.plugins.perftracker.core.farm;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

import java.time.Duration;
import java.time.Instant;

/**
 * How much lock history the farm keeps: ended locks older than {@code maxAge} (by their end) are dropped, and
 * of the rest at most {@code maxEndedLocks}, oldest first. Active locks are never dropped. The default keeps
 * PerfTracker's timeline window of 60 days and at most 50,000 ended locks (about 15 MB of XML), so the saved
 * file stays small and loads in seconds whatever the farm's age.
 */
public final class HistoryPolicy {
    public static final int DEFAULT_DAYS = 60;
    public static final int DEFAULT_MAX_ENDED_LOCKS = 50_000;
    public static final HistoryPolicy DEFAULT = new HistoryPolicy(Duration.ofDays(DEFAULT_DAYS),
            DEFAULT_MAX_ENDED_LOCKS);
    /** Ten years: a longer age is a typing mistake. */
    static final int MAX_DAYS = 3660;

    private final Duration maxAge;
    private final int maxEndedLocks;

    private HistoryPolicy(final Duration maxAge, final int maxEndedLocks) {
        this.maxAge = maxAge;
        this.maxEndedLocks = maxEndedLocks;
    }

    /** Keeps ended locks for {@code days} (1..3660) and at most {@code maxEndedLocks} (at least 1) of them. */
    public static HistoryPolicy of(final int days, final int maxEndedLocks) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidValueException("historyDays", "1.." + MAX_DAYS + " expected but was " + days);
        }
        if (maxEndedLocks < 1) {
            throw new InvalidValueException("maxEndedLocks", "at least 1 expected but was " + maxEndedLocks);
        }
        return new HistoryPolicy(Duration.ofDays(days), maxEndedLocks);
    }

    /** The same count limit, another age. */
    public HistoryPolicy withDays(final int days) {
        return of(days, maxEndedLocks);
    }

    public Duration getMaxAge() {
        return maxAge;
    }

    public int getMaxEndedLocks() {
        return maxEndedLocks;
    }

    /** Locks that ended before this instant are dropped. */
    public Instant cutoff(final Instant now) {
        return now.minus(maxAge);
    }

    /** An ended lock whose end is before the cutoff; an active lock is always kept. */
    public boolean isExpired(final FarmLock lock, final Instant now) {
        return !lock.isActiveAt(now) && lock.getEnd().orElseThrow().isBefore(cutoff(now));
    }

    @Override
    public String toString() {
        return "history of " + maxAge.toDays() + " days, at most " + maxEndedLocks + " ended locks";
    }
}
