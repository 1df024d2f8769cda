package io.jenkins.plugins.perftracker.core.travis;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Fetches Travis' webhook key from its {@code /config} endpoint ({@code https://api.travis-ci.com/config};
 * .org had its own), where it sits at {@code config.notifications.webhook.public_key}. Wrap it in a
 * {@link CachingKeySource}: this class fetches on every call.
 */
public final class TravisConfigKeySource implements PublicKeySource {
    /** Travis' current endpoint. */
    public static final URI TRAVIS_COM = URI.create("https://api.travis-ci.com/config");
    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client;
    private final URI configUrl;
    private final Duration timeout;

    public TravisConfigKeySource(final HttpClient client, final URI configUrl, final Duration timeout) {
        this.client = client;
        this.configUrl = configUrl;
        this.timeout = timeout;
    }

    @Override
    public PublicKey currentKey() throws KeyUnavailableException {
        HttpRequest request = HttpRequest.newBuilder(configUrl).timeout(timeout)
                .header("Accept", "application/json").GET().build();
        try {
            String body = BoundedBody.send(client, request, MAX_BODY_BYTES, timeout);
            JsonNode key = MAPPER.readTree(body).path("config").path("notifications").path("webhook")
                    .path("public_key");
            if (!key.isTextual()) {
                throw new KeyUnavailableException(configUrl + ": no config.notifications.webhook.public_key");
            }
            return PemPublicKeys.parse(key.asText());
        } catch (TravisApiException | IOException | GeneralSecurityException e) {
            throw new KeyUnavailableException(configUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyUnavailableException(configUrl + ": interrupted", e);
        }
    }
}
