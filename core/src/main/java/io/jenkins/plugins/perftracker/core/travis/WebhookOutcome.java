package io.jenkins.plugins.perftracker.core.travis;

import java.util.Optional;

/**
 * The answer to a webhook request: the HTTP status and plain-text message for the reply, and the payload
 * when the build should be imported.
 */
public record WebhookOutcome(int status, String message, Optional<TravisPayload> payload) {
    public static final int OK = 200;
    public static final int BAD_REQUEST = 400;
    public static final int FORBIDDEN = 403;

    static WebhookOutcome refused(final int status, final String message) {
        return new WebhookOutcome(status, message, Optional.empty());
    }

    public boolean isAccepted() {
        return payload.isPresent();
    }
}
