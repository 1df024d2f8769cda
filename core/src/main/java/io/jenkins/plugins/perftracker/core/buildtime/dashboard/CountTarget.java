package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.Locale;

/** The /stats count toggle: distinct build jobs (the default) or distinct builds. */
public enum CountTarget {
    JOBS("Build jobs"), BUILDS("Builds");

    private final String caption;

    CountTarget(final String caption) {
        this.caption = caption;
    }

    public String getCaption() {
        return caption;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code count=}; anything unknown is {@link #JOBS}. */
    public static CountTarget fromId(final String id) {
        return "builds".equalsIgnoreCase(id) ? BUILDS : JOBS;
    }
}
