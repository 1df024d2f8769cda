package io.jenkins.plugins.perftracker.core.travis;

import java.security.PublicKey;
import java.util.Optional;

import io.jenkins.plugins.perftracker.core.travis.Verdict.Method;

/**
 * Decides whether a Travis webhook request is genuine. With a key source, a {@code Signature} header is
 * checked against Travis' key (after one failure the key is refreshed once, as keys rotate). With a token,
 * an {@code Authorization} header must equal sha256(slug + token), with {@code Travis-Repo-Slug} present and
 * equal to the payload's repository. A request with neither header is refused unless an administrator
 * explicitly allows unsigned requests (Buildtime Trend accepted them); a header that cannot be checked
 * (a signature without a key source, a token header without a token) is always refused.
 */
public final class WebhookVerifier {
    private final Optional<PublicKeySource> keys;
    private final Optional<String> token;
    private final boolean allowUnsigned;

    /** A verifier that refuses unsigned requests. */
    public WebhookVerifier(final Optional<PublicKeySource> keys, final Optional<String> token) {
        this(keys, token, false);
    }

    public WebhookVerifier(final Optional<PublicKeySource> keys, final Optional<String> token,
            final boolean allowUnsigned) {
        this.keys = keys;
        this.token = token.filter(t -> !t.isEmpty());
        this.allowUnsigned = allowUnsigned;
    }

    /**
     * Verifies the request before its payload is parsed. A {@link Method#TOKEN} verdict holds only for the
     * repository in {@code Travis-Repo-Slug}: check {@link #sameRepository} once the payload is read.
     */
    public Verdict verify(final WebhookRequest request) {
        if (request.signature() == null && request.authorization() == null) {
            return allowUnsigned
                    ? Verdict.accept(Method.NONE, "request not verified: an administrator allows unsigned requests")
                    : Verdict.refuse(Method.NONE, "neither a Signature nor an Authorization header, and unsigned "
                            + "requests are not allowed");
        }
        if (request.signature() != null && keys.isPresent()) {
            return verifySignature(request, keys.get());
        }
        if (request.authorization() != null && token.isPresent()) {
            return verifyToken(request, token.get());
        }
        return Verdict.refuse(Method.NONE, request.signature() != null
                ? "Signature header but no Travis public key configured"
                : "Authorization header but no Travis token configured");
    }

    private static Verdict verifySignature(final WebhookRequest request, final PublicKeySource source) {
        String payload = request.payload() == null ? "" : request.payload();
        try {
            PublicKey key = source.currentKey();
            if (SignatureCheck.verify(payload, request.signature(), key)) {
                return Verdict.accept(Method.SIGNATURE, "signature valid");
            }
            source.invalidate();
            PublicKey fresh = source.currentKey();
            if (!fresh.equals(key) && SignatureCheck.verify(payload, request.signature(), fresh)) {
                return Verdict.accept(Method.SIGNATURE, "signature valid with the refreshed key");
            }
            return Verdict.refuse(Method.SIGNATURE, "signature does not match the payload");
        } catch (KeyUnavailableException e) {
            return Verdict.refuse(Method.SIGNATURE, "Travis public key unavailable: " + e.getMessage());
        }
    }

    /** Whether the payload's repository is the one the {@code Travis-Repo-Slug} header (and token) vouch for. */
    public static boolean sameRepository(final WebhookRequest request, final RepoSlug payloadSlug) {
        return request.repoSlug() != null
                && RepoSlug.parse(request.repoSlug().trim()).map(RepoSlug::canonical)
                        .filter(payloadSlug.canonical()::equals).isPresent();
    }

    private static Verdict verifyToken(final WebhookRequest request, final String token) {
        if (request.repoSlug() == null || request.repoSlug().isBlank()) {
            return Verdict.refuse(Method.TOKEN, "Authorization header without Travis-Repo-Slug header");
        }
        if (RepoSlug.parse(request.repoSlug().trim()).isEmpty()) {
            return Verdict.refuse(Method.TOKEN, "Travis-Repo-Slug is not a repository slug");
        }
        return TokenCheck.matches(request.authorization(), request.repoSlug().trim(), token)
                ? Verdict.accept(Method.TOKEN, "token valid")
                : Verdict.refuse(Method.TOKEN, "Authorization does not match");
    }
}
