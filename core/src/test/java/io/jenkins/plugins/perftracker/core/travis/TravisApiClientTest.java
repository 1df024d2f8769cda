package io.jenkins.plugins.perftracker.core.travis;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

/** The client against a real HTTP server on loopback serving recorded Travis API v3 answers. */
class TravisApiClientTest {
    private static final RepoSlug SLUG = new RepoSlug("buildtimetrend", "python-lib");
    private LoopbackServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new LoopbackServer()
                .route("/repo/", LoopbackServer.answer(200, "application/json", Resources.text("api/builds.json")))
                .route("/build/129387521/jobs", LoopbackServer.answer(200, "application/json",
                        Resources.text("api/jobs.json")))
                .route("/build/129387521", LoopbackServer.answer(200, "application/json",
                        Resources.text("api/build.json")))
                .route("/job/129387522/log.txt", LoopbackServer.answer(200, "text/plain",
                        Resources.text("api/job-log.txt")));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private TravisApiClient client(final Optional<String> token) {
        return TravisApiClient.create(new TravisApiSettings(server.baseUrl() + "/", token, Duration.ofSeconds(5),
                64 * 1024, 64 * 1024));
    }

    @Test
    void shouldListBuildsOfARepository() throws Exception {
        List<TravisBuild> builds = client(Optional.empty()).builds(SLUG, 2, 0);

        assertThat(builds).hasSize(2);
        TravisBuild newest = builds.get(0);
        assertThat(newest.id()).isEqualTo(129_387_521L);
        assertThat(newest.number()).isEqualTo(1203);
        assertThat(newest.state()).isEqualTo("passed");
        assertThat(newest.eventType()).isEqualTo("push");
        assertThat(newest.branch()).isEqualTo("master");
        assertThat(newest.commitSha()).startsWith("3235fab");
        assertThat(newest.startedAt()).contains(Instant.parse("2016-05-02T21:15:03Z"));
        assertThat(newest.jobIds()).containsExactly(129_387_522L, 129_387_523L);
        assertThat(builds.get(1).pullRequestNumber()).contains(151);
        assertThat(builds.get(1).pullRequestTitle()).isEqualTo("Parse travis_time tags of old jobs");
        assertThat(server.requests().get(0).uri())
                .isEqualTo("/repo/buildtimetrend%2Fpython-lib/builds?limit=2&offset=0&sort_by=number:desc");
    }

    @Test
    void shouldSendTheApiVersionAndTheToken() throws Exception {
        client(Optional.of("s3cr3t")).build(129_387_521L);
        client(Optional.empty()).build(129_387_521L);

        LoopbackServer.Seen withToken = server.requests().get(0);
        assertThat(withToken.headers().getFirst("Travis-API-Version")).isEqualTo("3");
        assertThat(withToken.headers().getFirst("Authorization")).isEqualTo("token s3cr3t");
        assertThat(withToken.headers().getFirst("User-Agent")).isEqualTo("perftracker");
        assertThat(server.requests().get(1).headers().containsKey("Authorization")).isFalse();
    }

    @Test
    void shouldReadOneBuild() throws Exception {
        TravisBuild build = client(Optional.empty()).build(129_387_521L);

        assertThat(build.number()).isEqualTo(1203);
        assertThat(build.finishedAt()).contains(Instant.parse("2016-05-02T21:18:51Z"));
        assertThat(build.pullRequestNumber()).isEmpty();
    }

    @Test
    void shouldListJobsWithTheirConfiguration() throws Exception {
        List<TravisJob> jobs = client(Optional.empty()).jobs(129_387_521L);

        assertThat(jobs).extracting(TravisJob::number).containsExactly("1203.1", "1203.2");
        assertThat(jobs.get(0).config()).containsEntry("language", "python").containsEntry("python", "2.7")
                .doesNotContainKey("env");
        assertThat(jobs.get(1).config().get("install")).isEqualTo(List.of("pip install -r requirements.txt",
                "pip install coveralls"));
        assertThat(jobs.get(1).finishedAt()).contains(Instant.parse("2016-05-02T21:18:51Z"));
        assertThat(server.requests().get(0).uri()).isEqualTo("/build/129387521/jobs?include=job.config");
    }

    @Test
    void shouldFetchTheRawLog() throws Exception {
        String log = client(Optional.empty()).log(129_387_522L);

        assertThat(log).isEqualTo(Resources.text("api/job-log.txt")).contains("travis_fold:start:install.4");
        assertThat(server.requests().get(0).headers().getFirst("Accept")).isEqualTo("text/plain");
    }

    @Test
    void shouldReportTravisErrorsWithStatusAndType() {
        server.route("/build/404", LoopbackServer.answer(404, "application/json",
                Resources.text("api/error-not-found.json")));
        server.route("/build/429", LoopbackServer.answer(429, "application/json",
                Resources.text("api/error-rate-limit.json")));
        server.route("/build/500", LoopbackServer.answer(500, "text/html", "<h1>Internal error</h1>"));

        assertThatExceptionOfType(TravisApiException.class).isThrownBy(() -> client(Optional.empty()).build(404))
                .withMessageContaining("/build/404").withMessageContaining("404")
                .withMessageContaining("not_found: repository not found")
                .satisfies(e -> assertThat(e.isRetryable()).isFalse());
        assertThatExceptionOfType(TravisApiException.class).isThrownBy(() -> client(Optional.empty()).build(429))
                .withMessageContaining("request_limit_reached").satisfies(e -> assertThat(e.isRetryable()).isTrue());
        assertThatExceptionOfType(TravisApiException.class).isThrownBy(() -> client(Optional.empty()).build(500))
                .withMessageContaining("<h1>Internal error</h1>")
                .satisfies(e -> assertThat(e.getStatus()).isEqualTo(500));
    }

    @Test
    void shouldRefuseMalformedAnswers() {
        server.route("/build/1", LoopbackServer.answer(200, "application/json", "{\"id\": 1, \"number\": \"x\"}"));
        server.route("/build/2", LoopbackServer.answer(200, "application/json", "<html>"));

        assertThatExceptionOfType(TravisApiException.class).isThrownBy(() -> client(Optional.empty()).build(1))
                .withMessageContaining("$.number");
        assertThatExceptionOfType(TravisApiException.class).isThrownBy(() -> client(Optional.empty()).build(2))
                .withMessageContaining("JSON expected");
    }

    @Test
    void shouldRefuseOversizedBodiesWithAndWithoutLength() {
        byte[] big = "x".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        server.route("/job/1/log.txt", exchange -> LoopbackServer.send(exchange, 200, "text/plain", big));
        server.route("/job/2/log.txt", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(big, 0, 1000);
                }
            }
        });

        assertThatExceptionOfType(TravisApiException.class).isThrownBy(() -> client(Optional.empty()).log(1))
                .withMessageContaining("larger than 65536 bytes");
        assertThatExceptionOfType(TravisApiException.class).isThrownBy(() -> client(Optional.empty()).log(2))
                .withMessageContaining("larger than 65536 bytes");
    }

    @Test
    void shouldTimeOutOnASilentOrTricklingServer() {
        server.route("/build/3", exchange -> sleep(3000));
        server.route("/job/3/log.txt", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write('x');
                    out.flush();
                    sleep(100);
                }
            }
        });
        TravisApiClient impatient = TravisApiClient.create(new TravisApiSettings(server.baseUrl(), Optional.empty(),
                Duration.ofMillis(500), 1024, 1024));

        assertThatExceptionOfType(TravisApiException.class).isThrownBy(() -> impatient.build(3))
                .withMessageContaining("within 500 ms").satisfies(e -> assertThat(e.isRetryable()).isTrue());
        assertThatExceptionOfType(TravisApiException.class).isThrownBy(() -> impatient.log(3))
                .withMessageContaining("within 500 ms");
    }

    @Test
    void shouldReportConnectionFailuresAsRetryable() {
        String url = server.baseUrl();
        server.close();
        TravisApiClient client = TravisApiClient.create(new TravisApiSettings(url, Optional.empty(),
                Duration.ofSeconds(2), 1024, 1024));

        assertThatExceptionOfType(TravisApiException.class).isThrownBy(() -> client.build(1))
                .satisfies(e -> assertThat(e.getStatus()).isZero())
                .satisfies(e -> assertThat(e.isRetryable()).isTrue());
    }

    @Test
    void shouldValidateArgumentsAndSettings() {
        TravisApiClient client = client(Optional.empty());

        assertThatIllegalArgumentException().isThrownBy(() -> client.builds(SLUG, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> client.builds(SLUG, 101, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> client.builds(SLUG, 1, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> new TravisApiSettings("file:///etc", Optional.empty(),
                Duration.ofSeconds(1), 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new TravisApiSettings("https://x", Optional.empty(),
                Duration.ZERO, 1, 1));
        assertThat(TravisApiSettings.defaults(Optional.of("secret")).toString()).doesNotContain("secret")
                .contains("api.travis-ci.com");
        assertThat(TravisApiSettings.defaults(Optional.of(" ")).token()).isEmpty();
    }

    @Test
    void shouldMapMissingArraysToEmptyLists() throws Exception {
        server.route("/build/9", LoopbackServer.answer(200, "application/json", "{\"id\": 9, \"number\": \"4\"}"));

        assertThat(client(Optional.empty()).build(9).jobIds()).isEmpty();
    }

    private static void sleep(final long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldCutHugeErrorBodies() {
        String huge = "E".repeat(100_000);
        server.route("/build/502", LoopbackServer.answer(502, "text/plain", huge));

        assertThatExceptionOfType(TravisApiException.class).isThrownBy(() -> client(Optional.empty()).build(502))
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200))
                .satisfies(e -> assertThat(e.getStatus()).isEqualTo(502));
    }

    @Test
    void shouldNotFollowRedirectsThatCouldCarryTheToken() {
        server.route("/build/301", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://example.invalid/steal");
            exchange.sendResponseHeaders(301, -1);
        });

        assertThatExceptionOfType(TravisApiException.class)
                .isThrownBy(() -> client(Optional.of("s3cr3t")).build(301))
                .satisfies(e -> assertThat(e.getStatus()).isEqualTo(301));
        assertThat(server.requests()).hasSize(1);
    }
}
