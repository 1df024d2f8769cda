package io.jenkins.plugins.perftracker.root.travis;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.jenkins.plugins.perftracker.core.travis.CachingKeySource;
import io.jenkins.plugins.perftracker.core.travis.PublicKeySource;
import io.jenkins.plugins.perftracker.core.travis.ReplayGuard;
import io.jenkins.plugins.perftracker.core.travis.TravisConfigKeySource;
import io.jenkins.plugins.perftracker.core.travis.TravisWebhook;
import io.jenkins.plugins.perftracker.core.travis.WebhookVerifier;

/**
 * The webhook decision of the current configuration. What must outlive one request lives here: Travis' key,
 * fetched from the configured endpoint and cached for an hour (refetched at most once a minute after a failed
 * signature), and the memory of recent requests that refuses replays.
 */
final class TravisWebhooks {
    private static final Duration KEY_TTL = Duration.ofHours(1);
    private static final Duration KEY_MIN_REFRESH = Duration.ofMinutes(1);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);
    private static final ReplayGuard REPLAYS = ReplayGuard.defaults();
    private static final Object LOCK = new Object();
    private static URI keyUrl; // guarded by LOCK
    private static PublicKeySource keys; // guarded by LOCK

    private TravisWebhooks() {
    }

    static TravisWebhook current(final TravisConfiguration config) {
        WebhookVerifier verifier = new WebhookVerifier(Optional.of(keySource(config.configUrl())), config.token(),
                config.isAllowUnsigned());
        return new TravisWebhook(verifier, config.rules(), REPLAYS);
    }

    /** The cached key of that endpoint; a changed endpoint starts a new cache. */
    private static PublicKeySource keySource(final URI configUrl) {
        synchronized (LOCK) {
            if (keys == null || !configUrl.equals(keyUrl)) {
                HttpClient http = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NEVER).build();
                keys = new CachingKeySource(new TravisConfigKeySource(http, configUrl, FETCH_TIMEOUT), KEY_TTL,
                        KEY_MIN_REFRESH, Clock.systemUTC());
                keyUrl = configUrl;
            }
            return keys;
        }
    }
}
