package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.Locale;

/** The badge intervals: the week, month and year timeframes of the dashboard. */
public enum BadgeInterval {
    WEEK(Timeframe.WEEK), MONTH(Timeframe.MONTH), YEAR(Timeframe.YEAR);

    private final Timeframe timeframe;

    BadgeInterval(final Timeframe timeframe) {
        this.timeframe = timeframe;
    }

    public Timeframe getTimeframe() {
        return timeframe;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the URL segment; an unknown or missing interval is {@link #WEEK}, as in the seed. */
    public static BadgeInterval fromId(final String id) {
        for (BadgeInterval interval : values()) {
            if (interval.id().equalsIgnoreCase(String.valueOf(id))) {
                return interval;
            }
        }
        return WEEK;
    }
}
