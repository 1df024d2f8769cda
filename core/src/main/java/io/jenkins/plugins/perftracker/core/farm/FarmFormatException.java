package io.jenkins.plugins.perftracker.core.farm;

/** A stored farm file that cannot be read; the message names the file, the line and the element or field. */
public class FarmFormatException extends FarmException {
    private static final long serialVersionUID = 1L;

    FarmFormatException(final String message) {
        super(message);
    }

    FarmFormatException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
