package io.jenkins.plugins.perftracker.core.buildtime;

import java.time.Duration;
import java.time.Instant;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

/** Validation helpers shared by the build-time builders; every refusal names the field. */
final class Checks {
    /** Longer names are refused rather than cut: they come from untrusted logs and payloads. */
    static final int MAX_TEXT = 512;
    /** Travis commands can be long shell lines; they are kept for naming stages only. */
    static final int MAX_COMMAND = 4096;

    private Checks() {
    }

    static String required(final String field, final String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, "must not be empty");
        }
        return bounded(field, text, MAX_TEXT);
    }

    static String bounded(final String field, final String text, final int max) {
        String value = text == null ? "" : text;
        if (value.length() > max) {
            throw new InvalidValueException(field, "at most " + max + " characters expected but was " + value.length());
        }
        return value;
    }

    static Duration nonNegative(final String field, final Duration duration) {
        if (duration == null) {
            return Duration.ZERO;
        }
        if (duration.isNegative()) {
            throw new InvalidValueException(field, "must not be negative but was " + duration);
        }
        return duration;
    }

    static void ordered(final String field, final Instant earlier, final Instant later, final String earlierName) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            throw new InvalidValueException(field, "must not be before " + earlierName + " (" + earlier + ") but was "
                    + later);
        }
    }
}
