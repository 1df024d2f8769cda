package io.jenkins.plugins.perftracker.core.travis;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class TravisConfigKeySourceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    /** Travis' /config answer shape, with the test's key. */
    static String config(final String pem) throws Exception {
        var root = MAPPER.createObjectNode();
        var config = root.putObject("config");
        config.put("host", "travis-ci.com");
        config.putObject("notifications").putObject("webhook").put("public_key", pem);
        return MAPPER.writeValueAsString(root);
    }

    @Test
    void shouldReadTheKeyFromTheConfigEndpoint() throws Exception {
        try (LoopbackServer server = new LoopbackServer().route("/config",
                LoopbackServer.answer(200, "application/json", config(RsaKeys.pem(RsaKeys.travis().getPublic()))))) {
            TravisConfigKeySource source = source(server);

            assertThat(source.currentKey()).isEqualTo(RsaKeys.travis().getPublic());
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void shouldFailWithoutTheKeyField() throws Exception {
        try (LoopbackServer server = new LoopbackServer().route("/config",
                LoopbackServer.answer(200, "application/json", "{\"config\": {\"notifications\": {}}}"))) {
            assertThatExceptionOfType(KeyUnavailableException.class).isThrownBy(() -> source(server).currentKey())
                    .withMessageContaining("config.notifications.webhook.public_key");
        }
    }

    @Test
    void shouldFailOnErrorStatusesAndBadKeys() throws Exception {
        try (LoopbackServer server = new LoopbackServer()
                .route("/config", LoopbackServer.answer(503, "text/plain", "maintenance"))) {
            assertThatExceptionOfType(KeyUnavailableException.class).isThrownBy(() -> source(server).currentKey())
                    .withMessageContaining("503").withMessageContaining("maintenance");
        }
        try (LoopbackServer server = new LoopbackServer()
                .route("/config", LoopbackServer.answer(200, "application/json", config("not a key")))) {
            assertThatExceptionOfType(KeyUnavailableException.class).isThrownBy(() -> source(server).currentKey())
                    .withMessageContaining("PEM");
        }
    }

    @Test
    void shouldFailWhenNothingListens() throws Exception {
        String url;
        try (LoopbackServer server = new LoopbackServer()) {
            url = server.baseUrl();
        }
        TravisConfigKeySource source = new TravisConfigKeySource(http, URI.create(url + "/config"),
                Duration.ofSeconds(5));

        assertThatExceptionOfType(KeyUnavailableException.class).isThrownBy(source::currentKey);
    }

    private TravisConfigKeySource source(final LoopbackServer server) {
        return new TravisConfigKeySource(http, URI.create(server.baseUrl() + "/config"), Duration.ofSeconds(5));
    }
}
