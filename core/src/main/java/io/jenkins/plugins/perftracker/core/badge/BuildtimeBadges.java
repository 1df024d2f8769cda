package io.jenkins.plugins.perftracker.core.badge;

import java.util.OptionalDouble;

/**
 * Buildtime Trend's badges (B3): subject, status text and colour for a type, an interval and a value the
 * build-time engine computed. A missing, non-finite or negative value (the seed's -1 for a failed query)
 * gives the status "unknown" in light grey.
 */
public final class BuildtimeBadges {
    /** The status shown when there is no value. */
    public static final String UNKNOWN = "unknown";

    private BuildtimeBadges() {
    }

    /** The badge of a type and interval for the value, if any. */
    public static Badge badge(final BuildtimeBadgeType type, final BadgeInterval interval, final OptionalDouble value) {
        String subject = ShieldsText.decode(subject(type, interval));
        if (value.isEmpty() || !Double.isFinite(value.getAsDouble()) || value.getAsDouble() < 0) {
            return Badge.of(subject, UNKNOWN, BadgeColor.LIGHTGREY);
        }
        double number = value.getAsDouble();
        return Badge.of(subject, status(type, number), color(type, number));
    }

    /** The seed's answer for an unknown or refused repository: "buildtime | trend" in blue. */
    public static Badge defaultBadge() {
        return Badge.of("buildtime", "trend", BadgeColor.BLUE);
    }

    /** The subject in shields.io path notation ({@code _} for a space), as the seed wrote it. */
    static String subject(final BuildtimeBadgeType type, final BadgeInterval interval) {
        return switch (type) {
            case LATEST -> "buildtime";
            case AVG -> "buildtime_(" + interval.getId() + ")";
            case LAST_FAIL -> "last_fail";
            default -> type.getId() + "_(" + interval.getId() + ")";
        };
    }

    static String status(final BuildtimeBadgeType type, final double value) {
        return switch (type) {
            case LATEST, AVG -> DurationFormat.format(value);
            case PASSED -> (long) value + "%";
            case LAST_FAIL -> (long) Math.floor(value) + " days";
            default -> Long.toString((long) value);
        };
    }

    /** passed: 100 green, from 75 yellow, else red; last_fail: from 3 days green, else yellow; others blue. */
    static BadgeColor color(final BuildtimeBadgeType type, final double value) {
        return switch (type) {
            case PASSED -> (long) value >= 100 ? BadgeColor.GREEN : (long) value >= 75 ? BadgeColor.YELLOW : BadgeColor.RED;
            case LAST_FAIL -> Math.floor(value) >= 3 ? BadgeColor.GREEN : BadgeColor.YELLOW;
            default -> BadgeColor.BLUE;
        };
    }
}
