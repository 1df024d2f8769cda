package io.jenkins.plugins.perftracker.core.badge;

import java.util.Locale;

/** Buildtime Trend's badge types (B3); the value each shows is computed by the build-time engine. */
public enum BuildtimeBadgeType {
    /** Duration of the latest build job. */
    LATEST("latest"),
    /** Average build job duration over the interval (the default). */
    AVG("avg"),
    /** Number of distinct build jobs in the interval. */
    JOBS("jobs"),
    /** Number of distinct builds in the interval. */
    BUILDS("builds"),
    /** Percentage of passed build jobs in the interval. */
    PASSED("passed"),
    /** Whole days since the last build job that did not pass. */
    LAST_FAIL("last_fail");

    private final String id;

    BuildtimeBadgeType(final String id) {
        this.id = id;
    }

    /** The type named by {@code text}; an unknown or missing type is {@link #AVG}, as in the seed. */
    public static BuildtimeBadgeType parse(final String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (BuildtimeBadgeType type : values()) {
            if (type.id.equals(key)) {
                return type;
            }
        }
        return AVG;
    }

    public String getId() {
        return id;
    }
}
