package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.Locale;

/** The build-time badge types of {@code /badge/<repo>/<type>/<interval>}; what each value means is in B3. */
public enum BadgeType {
    /** Duration of the job that finished last (any time). */
    LATEST,
    /** Average job duration in the interval. */
    AVG,
    /** Distinct jobs in the interval. */
    JOBS,
    /** Distinct builds in the interval. */
    BUILDS,
    /** Percentage of distinct jobs that passed in the interval, truncated. */
    PASSED,
    /** Whole days since the last job that did not pass (any time). */
    LAST_FAIL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the URL segment; an unknown or missing type is {@link #AVG}, as in the seed. */
    public static BadgeType fromId(final String id) {
        for (BadgeType type : values()) {
            if (type.id().equalsIgnoreCase(String.valueOf(id))) {
                return type;
            }
        }
        return AVG;
    }

    /** Whether the value depends on the interval ({@code latest} and {@code last_fail} do not). */
    public boolean usesInterval() {
        return this != LATEST && this != LAST_FAIL;
    }

    /** Buildtime Trend's badge subject, {@code _} standing for a space: {@code buildtime_(week)}, ... */
    public String subject(final BadgeInterval interval) {
        String base = this == LATEST || this == AVG ? "buildtime" : id();
        return usesInterval() ? base + "_(" + interval.id() + ")" : base;
    }
}
