package io.jenkins.plugins.perftracker.core.report;

/** Input that cannot be used; the message names the file and what was wrong with it. */
public class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(final String message) {
        super(message);
    }

    public BadInputException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
