package io.jenkins.plugins.perftracker.core.travis;

/** Travis' public key could not be read or fetched. */
public class KeyUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public KeyUnavailableException(final String message) {
        super(message);
    }

    public KeyUnavailableException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
