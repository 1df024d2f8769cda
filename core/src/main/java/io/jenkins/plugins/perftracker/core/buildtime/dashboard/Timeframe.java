package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The dashboard's timeframe buttons with Keen's relative timeframes: {@code today} (hourly), {@code this_7_days}
 * and {@code this_30_days} (daily) and {@code this_52_weeks} (weekly, weeks starting on Sunday). A "this_n"
 * timeframe holds the current unit, still in progress, and the n − 1 units before it.
 */
public enum Timeframe {
    DAY("today", "hourly", 300, 3600, 24),
    WEEK("this_7_days", "daily", 600, 86_400, 7),
    MONTH("this_30_days", "daily", 600, 86_400, 30),
    YEAR("this_52_weeks", "weekly", 1800, 7 * 86_400, 52);

    private final String keenTimeframe;
    private final String interval;
    private final int maxAgeSeconds;
    private final long bucketSeconds;
    private final int buckets;

    Timeframe(final String keenTimeframe, final String interval, final int maxAgeSeconds, final long bucketSeconds,
            final int buckets) {
        this.keenTimeframe = keenTimeframe;
        this.interval = interval;
        this.maxAgeSeconds = maxAgeSeconds;
        this.bucketSeconds = bucketSeconds;
        this.buckets = buckets;
    }

    /** The id of the URL parameter {@code timeframe=} ({@code day}, {@code week}, ...). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code timeframe=}; anything unknown or missing is the default, {@link #WEEK}. */
    public static Timeframe fromId(final String id) {
        for (Timeframe timeframe : values()) {
            if (timeframe.id().equalsIgnoreCase(String.valueOf(id))) {
                return timeframe;
            }
        }
        return WEEK;
    }

    public String getKeenTimeframe() {
        return keenTimeframe;
    }

    /** {@code hourly}, {@code daily} or {@code weekly}. */
    public String getInterval() {
        return interval;
    }

    /** How long a computed view may be cached (Buildtime Trend's query maxAge). */
    public int getMaxAgeSeconds() {
        return maxAgeSeconds;
    }

    /** The window of this timeframe at {@code now}, split into its intervals. */
    public TimeWindow window(final Instant now) {
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        Instant end;
        if (this == YEAR) {
            end = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).plusWeeks(1)
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        else {
            end = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return new TimeWindow(end.minusSeconds(bucketSeconds * buckets), bucketSeconds, buckets);
    }
}
