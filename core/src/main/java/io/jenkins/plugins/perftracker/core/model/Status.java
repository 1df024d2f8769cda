package io.jenkins.plugins.perftracker.core.model;

import java.util.Locale;

/** A test's outcome, with PerfTracker's five values and their upload spelling. */
public enum Status {
    NOTTESTED,
    SKIPPED,
    INPROGRESS,
    SUCCESS,
    FAILED;

    /** A test is completed when it ran to an end, good or bad (PerfTracker's {@code tests_completed}). */
    public boolean isCompleted() {
        return this == SUCCESS || this == FAILED;
    }

    /**
     * Parses the upload spelling, case-insensitively.
     *
     * @throws InvalidValueException naming the field when the text is none of the five values
     */
    public static Status parse(final String field, final String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new InvalidValueException(field,
                    "expected one of NOTTESTED, SKIPPED, INPROGRESS, SUCCESS, FAILED but was '" + text + "'");
        }
    }
}
