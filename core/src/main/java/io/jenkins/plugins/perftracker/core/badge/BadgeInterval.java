package io.jenkins.plugins.perftracker.core.badge;

import java.time.Duration;
import java.util.Locale;

/** Buildtime Trend's badge intervals (B3) with the cache lifetime each badge may be kept. */
public enum BadgeInterval {
    /** The last 7 days (the default); badges may be cached 600 s. */
    WEEK("week", Duration.ofDays(7), 600),
    /** The last 30 days; 600 s. */
    MONTH("month", Duration.ofDays(30), 600),
    /** The last 52 weeks; 1800 s. */
    YEAR("year", Duration.ofDays(52 * 7), 1800);

    private final String id;
    private final Duration length;
    private final int maxAgeSeconds;

    BadgeInterval(final String id, final Duration length, final int maxAgeSeconds) {
        this.id = id;
        this.length = length;
        this.maxAgeSeconds = maxAgeSeconds;
    }

    /** The interval named by {@code text}; an unknown or missing interval is {@link #WEEK}, as in the seed. */
    public static BadgeInterval parse(final String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (BadgeInterval interval : values()) {
            if (interval.id.equals(key)) {
                return interval;
            }
        }
        return WEEK;
    }

    public String getId() {
        return id;
    }

    /** How far back the badge's value looks (Keen's {@code this_7_days}, {@code this_30_days}, {@code this_52_weeks}). */
    public Duration getLength() {
        return length;
    }

    public int getMaxAgeSeconds() {
        return maxAgeSeconds;
    }
}
