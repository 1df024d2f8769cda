package io.jenkins.plugins.perftracker.core.travis;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class TravisWebhookTest {
    private static final String SLUG = "hl7-fhir/fhir-svn";
    private static final String TOKEN = "secret-travis-token";
    private final String payload = Resources.payload();

    private static TravisWebhook webhook(final RepoRules rules) {
        return new TravisWebhook(new WebhookVerifier(Optional.of(() -> RsaKeys.travis().getPublic()),
                Optional.of(TOKEN)), rules, ReplayGuard.defaults());
    }

    @Test
    void shouldAcceptASignedFormPostEndToEnd() throws Exception {
        TravisWebhook webhook = webhook(RepoRules.allowAll());
        try (LoopbackServer server = new LoopbackServer().route("/perftracker/travis", exchange -> {
            String value;
            try {
                value = WebhookForm.payload(exchange.getRequestBody());
            } catch (TravisPayloadException e) {
                throw new IllegalStateException(e);
            }
            WebhookOutcome outcome = webhook.handle(new WebhookRequest(
                    exchange.getRequestHeaders().getFirst("Signature"), null, null, value));
            LoopbackServer.send(exchange, outcome.status(), "text/plain",
                    outcome.message().getBytes(StandardCharsets.UTF_8));
        })) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.baseUrl() + "/perftracker/travis"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Signature", RsaKeys.sign(payload, RsaKeys.travis().getPrivate()))
                    .POST(HttpRequest.BodyPublishers.ofString("payload="
                            + URLEncoder.encode(payload, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("Build #4601 of project hl7-fhir/fhir-svn accepted (signature)");
        }
    }

    @Test
    void shouldReturnThePayloadOfAnAcceptedRequest() {
        WebhookOutcome outcome = webhook(RepoRules.allowAll()).handle(new WebhookRequest(null,
                TokenCheck.expected(SLUG, TOKEN), SLUG, payload));

        assertThat(outcome.isAccepted()).isTrue();
        assertThat(outcome.payload()).get().extracting(TravisPayload::buildNumber).isEqualTo(4601);
    }

    @Test
    void shouldRefuseUnverifiedRequestsWith403() {
        WebhookOutcome outcome = webhook(RepoRules.allowAll()).handle(new WebhookRequest(null, null, null, payload));

        assertThat(outcome.status()).isEqualTo(403);
        assertThat(outcome.isAccepted()).isFalse();
        assertThat(outcome.message()).contains("neither a Signature nor an Authorization header");
    }

    @Test
    void shouldRefuseATokenForAnotherRepository() {
        String otherSlug = "attacker/repo";

        WebhookOutcome outcome = webhook(RepoRules.allowAll()).handle(new WebhookRequest(null,
                TokenCheck.expected(otherSlug, TOKEN), otherSlug, payload));

        assertThat(outcome.status()).isEqualTo(403);
        assertThat(outcome.message()).contains("differs from the payload's repository");
    }

    @Test
    void shouldAnswer400ForAnUnreadablePayload() throws Exception {
        String broken = "{\"id\": 1}";

        WebhookOutcome outcome = webhook(RepoRules.allowAll()).handle(new WebhookRequest(
                RsaKeys.sign(broken, RsaKeys.travis().getPrivate()), null, null, broken));

        assertThat(outcome.status()).isEqualTo(400);
        assertThat(outcome.message()).contains("$.repository.owner_name").contains("missing");
    }

    @Test
    void shouldRefuseDeniedRepositoriesWithTheSeedMessage() throws Exception {
        WebhookOutcome outcome = webhook(new RepoRules(List.of(), List.of("hl7-fhir/*")))
                .handle(new WebhookRequest(RsaKeys.sign(payload, RsaKeys.travis().getPrivate()), null, null, payload));

        assertThat(outcome.status()).isEqualTo(403);
        assertThat(outcome.message()).isEqualTo("Project 'hl7-fhir/fhir-svn' is not allowed.");
    }

    @Test
    void shouldCheckTheSignatureBeforeReadingThePayload() {
        WebhookOutcome outcome = webhook(RepoRules.allowAll()).handle(new WebhookRequest("AAAA", null, null,
                "not json at all"));

        assertThat(outcome.status()).isEqualTo(403);
        assertThat(outcome.message()).contains("signature");
    }

    @Test
    void shouldRefuseTheSameSignedRequestASecondTime() throws Exception {
        TravisWebhook webhook = webhook(RepoRules.allowAll());
        WebhookRequest request = new WebhookRequest(RsaKeys.sign(payload, RsaKeys.travis().getPrivate()), null, null,
                payload);

        WebhookOutcome first = webhook.handle(request);
        WebhookOutcome replay = webhook.handle(request);

        assertThat(first.isAccepted()).isTrue();
        assertThat(replay.status()).isEqualTo(403);
        assertThat(replay.message()).contains("replay");
        assertThat(replay.isAccepted()).isFalse();
    }

    @Test
    void shouldNotLetForgedRequestsFillTheReplayMemory() {
        ReplayGuard guard = new ReplayGuard(Duration.ofHours(1), 10, Clock.systemUTC());
        TravisWebhook webhook = new TravisWebhook(new WebhookVerifier(Optional.of(() -> RsaKeys.travis().getPublic()),
                Optional.empty()), RepoRules.allowAll(), guard);

        for (int i = 0; i < 20; i++) {
            webhook.handle(new WebhookRequest("AAAA" + i, null, null, payload));
        }

        assertThat(guard.size()).isZero();
    }
}
