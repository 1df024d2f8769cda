package io.jenkins.plugins.perftracker.core.travis;

import java.time.Duration;
import java.util.Optional;

/**
 * Where and how the API client talks to Travis.
 *
 * @param baseUrl      API root without trailing slash, e.g. {@code https://api.travis-ci.com}
 * @param token        an API token, if any (public repositories need none)
 * @param timeout      per request, from sending to the last byte of the body
 * @param maxJsonBytes the largest JSON answer accepted
 * @param maxLogBytes  the largest job log accepted
 */
public record TravisApiSettings(String baseUrl, Optional<String> token, Duration timeout, int maxJsonBytes,
        int maxLogBytes) {
    /** Travis' API. */
    public static final String TRAVIS_COM = "https://api.travis-ci.com";

    public TravisApiSettings {
        if (!baseUrl.startsWith("https://") && !baseUrl.startsWith("http://")) {
            throw new IllegalArgumentException("An http(s) base URL expected but was " + baseUrl);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        token = token.filter(t -> !t.isBlank());
        if (maxJsonBytes < 1 || maxLogBytes < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Positive limits and timeout expected");
        }
    }

    /** travis-ci.com with 30 s timeouts, 4 MiB JSON, 32 MiB logs. */
    public static TravisApiSettings defaults(final Optional<String> token) {
        return new TravisApiSettings(TRAVIS_COM, token, Duration.ofSeconds(30), 4 << 20, 32 << 20);
    }

    @Override
    public String toString() {
        return "TravisApiSettings[" + baseUrl + (token.isPresent() ? ", token ****" : "") + "]";
    }
}
