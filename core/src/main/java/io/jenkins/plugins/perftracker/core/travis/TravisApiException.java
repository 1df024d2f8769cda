package io.jenkins.plugins.perftracker.core.travis;

/**
 * A Travis API call that did not give a usable answer: an error status (with Travis' {@code error_type} when
 * it sent one), a timeout, a connection failure, an oversized or malformed body. {@link #isRetryable()}
 * tells the import planner whether trying again later may help.
 */
public class TravisApiException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String url;
    private final int status;

    public TravisApiException(final String url, final int status, final String problem) {
        this(url, status, problem, null);
    }

    public TravisApiException(final String url, final int status, final String problem, final Throwable cause) {
        super(url + (status > 0 ? " answered " + status : "") + ": " + problem, cause);
        this.url = url;
        this.status = status;
    }

    public String getUrl() {
        return url;
    }

    /** The HTTP status, or 0 when there was no answer (timeout, connection refused). */
    public int getStatus() {
        return status;
    }

    /** Transport failures, 429 and 5xx may pass; 4xx and malformed answers will not. */
    public boolean isRetryable() {
        return status == 0 || status == 429 || status >= 500;
    }
}
