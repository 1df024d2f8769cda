package io.jenkins.plugins.perftracker.core.farm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * The hosts timeline page's view model: the window, one row per visible host, the lock bars and the lock types
 * for the legend. Serialise it with Jackson ({@link #toJson()}); times are epoch milliseconds.
 */
public final class FarmTimeline {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long now;
    private final long windowStart;
    private final long windowEnd;
    private final String zone;
    private final List<TimelineRow> rows;
    private final List<TimelineBar> bars;
    private final List<LockType> lockTypes;

    FarmTimeline(final ZonedDateTime now, final ZonedDateTime windowStart, final ZonedDateTime windowEnd,
            final List<TimelineRow> rows, final List<TimelineBar> bars, final List<LockType> lockTypes) {
        this.now = now.toInstant().toEpochMilli();
        this.windowStart = windowStart.toInstant().toEpochMilli();
        this.windowEnd = windowEnd.toInstant().toEpochMilli();
        this.zone = now.getZone().getId();
        this.rows = List.copyOf(rows);
        this.bars = List.copyOf(bars);
        this.lockTypes = List.copyOf(lockTypes);
    }

    public long getNow() {
        return now;
    }

    /** Midnight (in {@link #getZone()}) of the day 7 days ago. */
    public long getWindowStart() {
        return windowStart;
    }

    /** Midnight of the day 3 days ahead. */
    public long getWindowEnd() {
        return windowEnd;
    }

    public String getZone() {
        return zone;
    }

    public List<TimelineRow> getRows() {
        return rows;
    }

    public List<TimelineBar> getBars() {
        return bars;
    }

    /** The legend: configured types, plus the default type if a bar uses it. */
    public List<LockType> getLockTypes() {
        return lockTypes;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("The timeline cannot be written as JSON", e);
        }
    }
}
