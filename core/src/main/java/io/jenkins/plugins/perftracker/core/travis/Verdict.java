package io.jenkins.plugins.perftracker.core.travis;

/**
 * The outcome of verifying a webhook request.
 *
 * @param accepted whether the request may be processed
 * @param method   how it was verified (or what was tried)
 * @param reason   why, for the log and the plain-text reply; never contains a secret
 */
public record Verdict(boolean accepted, Method method, String reason) {
    /** How a request was verified. */
    public enum Method {
        /** RSA-SHA1 {@code Signature} with Travis' public key. */
        SIGNATURE,
        /** Legacy {@code Authorization} = sha256(slug + token). */
        TOKEN,
        /** Nothing configured: nothing to check (the seed's default). */
        NONE
    }

    static Verdict accept(final Method method, final String reason) {
        return new Verdict(true, method, reason);
    }

    static Verdict refuse(final Method method, final String reason) {
        return new Verdict(false, method, reason);
    }
}
