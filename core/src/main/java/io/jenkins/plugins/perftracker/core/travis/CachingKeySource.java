package io.jenkins.plugins.perftracker.core.travis;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps a fetched key for a time to live. When a refresh fails, the previous key is served (Travis' key is
 * still Travis' key) and the fetch is retried no sooner than {@code minRefresh} later, so neither an outage
 * nor a flood of bad signatures turns into a flood of fetches.
 */
public final class CachingKeySource implements PublicKeySource {
    private final PublicKeySource delegate;
    private final Duration ttl;
    private final Duration minRefresh;
    private final Clock clock;
    private final Object lock = new Object();
    private PublicKey key; // guarded by lock
    private Instant fetchedAt = Instant.MIN; // guarded by lock
    private Instant expiresAt = Instant.MIN; // guarded by lock

    public CachingKeySource(final PublicKeySource delegate, final Duration ttl, final Duration minRefresh,
            final Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.minRefresh = minRefresh;
        this.clock = clock;
    }

    @Override
    public PublicKey currentKey() throws KeyUnavailableException {
        synchronized (lock) {
            Instant now = clock.instant();
            if (key != null && now.isBefore(expiresAt)) {
                return key;
            }
            try {
                key = delegate.currentKey();
                fetchedAt = now;
                expiresAt = now.plus(ttl);
            } catch (KeyUnavailableException e) {
                if (key == null) {
                    throw e;
                }
                expiresAt = now.plus(minRefresh);
            }
            return key;
        }
    }

    /** Expires the key early, but never refetches more often than {@code minRefresh}. */
    @Override
    public void invalidate() {
        synchronized (lock) {
            Instant earliest = fetchedAt.equals(Instant.MIN) ? Instant.MIN : fetchedAt.plus(minRefresh);
            expiresAt = earliest.isBefore(expiresAt) ? earliest : expiresAt;
        }
    }
}
