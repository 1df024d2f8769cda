package io.jenkins.plugins.perftracker.core.farm;

/** A farm request that cannot be done: unknown host, lock or type, or an edit the rules refuse. */
public class FarmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FarmException(final String message) {
        super(message);
    }

    FarmException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
