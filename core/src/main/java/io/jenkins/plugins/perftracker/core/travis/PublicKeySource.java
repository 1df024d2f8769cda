package io.jenkins.plugins.perftracker.core.travis;

import java.security.PublicKey;

/** Where Travis' webhook signing key comes from: a configured PEM, Travis' /config endpoint, a cache. */
@FunctionalInterface
public interface PublicKeySource {
    /** The current key; throws when it cannot be had (the webhook then refuses signed requests). */
    PublicKey currentKey() throws KeyUnavailableException;

    /** Asks the source to fetch again at the next call, e.g. after a signature failed (keys rotate). */
    default void invalidate() {
        // a fixed key has nothing to refresh
    }

    /** A source that always returns the key in this PEM text. */
    static PublicKeySource ofPem(final String pem) throws KeyUnavailableException {
        try {
            PublicKey key = PemPublicKeys.parse(pem);
            return () -> key;
        } catch (java.security.GeneralSecurityException e) {
            throw new KeyUnavailableException("The configured Travis public key is not usable: " + e.getMessage(), e);
        }
    }
}
