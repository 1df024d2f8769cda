package io.jenkins.plugins.perftracker.core.model;

/** A value refused when a model object is built; the message names the field and the reason. */
public class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidValueException(final String field, final String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    /** The name of the refused field, as the upload spells it (for example {@code tests[3].scores}). */
    public String getField() {
        return field;
    }
}
