package io.jenkins.plugins.perftracker.core.buildtime;

import java.util.Locale;

/** What started a build: Buildtime Trend's {@code build_trigger} values plus Jenkins' own causes. */
public enum Trigger {
    PUSH, PULL_REQUEST, TIMER, USER, UPSTREAM;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The lower-case id used in filters and JSON ({@code push}, {@code pull_request}, ...). */
    public String id() {
        return id;
    }

    /** Parses an id as {@link #id()} writes it; case-insensitive. */
    public static Trigger fromId(final String id) {
        for (Trigger trigger : values()) {
            if (trigger.id().equalsIgnoreCase(id)) {
                return trigger;
            }
        }
        throw new IllegalArgumentException(
                "trigger: one of push, pull_request, timer, user, upstream expected but was " + id);
    }

    /** Maps a Travis {@code event_type}: {@code cron} is a timer, {@code api} a user request. */
    public static Trigger fromTravisEvent(final String eventType) {
        switch (String.valueOf(eventType)) {
            case "pull_request":
                return PULL_REQUEST;
            case "cron":
                return TIMER;
            case "api":
                return USER;
            default:
                return PUSH;
        }
    }
}
