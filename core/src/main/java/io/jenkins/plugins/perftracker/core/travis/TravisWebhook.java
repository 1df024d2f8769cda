package io.jenkins.plugins.perftracker.core.travis;

import java.util.Locale;
import java.util.Optional;

/**
 * The whole webhook decision in one call, for the plugin's root action: verify, then refuse a replay of a
 * request already accepted, then parse the payload, then bind a token verdict to the payload's repository,
 * then apply the repository rules.
 */
public final class TravisWebhook {
    private final WebhookVerifier verifier;
    private final RepoRules rules;
    private final ReplayGuard replays;
    private final TravisPayloadParser parser = new TravisPayloadParser();

    public TravisWebhook(final WebhookVerifier verifier, final RepoRules rules, final ReplayGuard replays) {
        this.verifier = verifier;
        this.rules = rules;
        this.replays = replays;
    }

    /** 403 when not genuine, replayed or not allowed, 400 when the payload is unreadable, else 200 with the payload. */
    public WebhookOutcome handle(final WebhookRequest request) {
        Verdict verdict = verifier.verify(request);
        if (!verdict.accepted()) {
            return WebhookOutcome.refused(WebhookOutcome.FORBIDDEN, "Request refused: " + verdict.reason());
        }
        if (!replays.firstSeen(request)) {
            return WebhookOutcome.refused(WebhookOutcome.FORBIDDEN,
                    "Request refused: the same request was already received (a replay)");
        }
        TravisPayload payload;
        try {
            payload = parser.parse(request.payload());
        } catch (TravisPayloadException e) {
            return WebhookOutcome.refused(WebhookOutcome.BAD_REQUEST, e.getMessage());
        }
        if (verdict.method() == Verdict.Method.TOKEN && !WebhookVerifier.sameRepository(request, payload.slug())) {
            return WebhookOutcome.refused(WebhookOutcome.FORBIDDEN,
                    "Request refused: Travis-Repo-Slug differs from the payload's repository");
        }
        if (!rules.isAllowed(payload.slug())) {
            return WebhookOutcome.refused(WebhookOutcome.FORBIDDEN, RepoRules.refusal(payload.slug()));
        }
        return accepted(payload, verdict);
    }

    private static WebhookOutcome accepted(final TravisPayload payload, final Verdict verdict) {
        return new WebhookOutcome(WebhookOutcome.OK, "Build #" + payload.buildNumber() + " of project "
                + payload.slug() + " accepted (" + verdict.method().name().toLowerCase(Locale.ROOT) + ")",
                Optional.of(payload));
    }
}
