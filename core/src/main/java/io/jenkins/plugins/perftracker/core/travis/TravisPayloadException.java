package io.jenkins.plugins.perftracker.core.travis;

/** A webhook payload that is not what Travis sends; the message names the JSON path and what was expected. */
public class TravisPayloadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;

    public TravisPayloadException(final String path, final String problem) {
        this(path, problem, null);
    }

    public TravisPayloadException(final String path, final String problem, final Throwable cause) {
        super("Travis payload " + path + ": " + problem, cause);
        this.path = path;
    }

    /** The JSON path of the problem, {@code $} for the whole payload. */
    public String getPath() {
        return path;
    }
}
