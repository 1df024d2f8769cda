package io.jenkins.plugins.perftracker.core.travis;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.Trigger;
import io.jenkins.plugins.perftracker.core.buildtime.travis.TravisBuildImport;
import io.jenkins.plugins.perftracker.core.buildtime.travis.TravisBuilds;

import static org.assertj.core.api.Assertions.*;

/** A build imported through the API v3 from a real HTTP server on loopback serving recorded answers and a real log. */
class TravisBuildImportTest {
    private static final RepoSlug SLUG = new RepoSlug("buildtimetrend", "python-lib");
    private static final long BUILD = 129_387_521L;
    private final AtomicInteger builds = new AtomicInteger();
    private LoopbackServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new LoopbackServer()
                .route("/repo/", exchange -> {
                    builds.incrementAndGet();
                    LoopbackServer.send(exchange, 200, "application/json",
                            Resources.text("api/builds.json").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                })
                .route("/build/129387521/jobs", LoopbackServer.answer(200, "application/json",
                        Resources.text("api/jobs.json")))
                .route("/build/129387521", LoopbackServer.answer(200, "application/json",
                        Resources.text("api/build.json")))
                .route("/build/5", LoopbackServer.answer(200, "application/json",
                        Resources.text("api/build.json").replace("\"state\": \"passed\",\n  \"duration\"",
                                "\"state\": \"started\",\n  \"duration\"")))
                .route("/job/129387522/log.txt", LoopbackServer.answer(200, "text/plain",
                        Resources.text("api/job-log.txt")))
                .route("/job/129387523/log.txt", LoopbackServer.answer(404, "application/json",
                        Resources.text("api/error-not-found.json")));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private TravisApiClient client() {
        return TravisApiClient.create(new TravisApiSettings(server.baseUrl(), Optional.empty(), Duration.ofSeconds(5),
                1 << 20, 1 << 20));
    }

    @Test
    void shouldMakeOneRecordPerJobWithTheStagesOfItsLog() throws Exception {
        TravisBuildImport.Result result = new TravisBuildImport(client(), true).importBuild(SLUG, BUILD);

        assertThat(result.buildNumber()).isEqualTo(1203);
        assertThat(result.records()).hasSize(1);
        BuildTimeRecord job = result.records().get(0);
        assertThat(job.getRepo()).isEqualTo("buildtimetrend/python-lib");
        assertThat(job.getBuild()).isEqualTo("1203");
        assertThat(job.getJob()).isEqualTo("1203.1");
        assertThat(job.getCiPlatform()).isEqualTo("travis");
        assertThat(job.getResult()).isEqualTo(BuildResult.PASSED);
        assertThat(job.getTrigger()).isEqualTo(Trigger.fromTravisEvent("push"));
        assertThat(job.getBranch()).isEqualTo("master");
        assertThat(job.getStartedAt()).isEqualTo(Instant.parse("2016-05-02T21:15:03Z"));
        assertThat(job.getFinishedAt()).isEqualTo(Instant.parse("2016-05-02T21:17:10Z"));
        assertThat(job.getStages()).isNotEmpty();
        assertThat(job.getDuration()).as("timed by the log's tags: the sum of its substages")
                .isEqualTo(job.getStages().stream().map(s -> s.getDuration()).reduce(Duration.ZERO, Duration::plus));
        assertThat(result.problems()).singleElement().asString().contains("1203.2").contains("404");
    }

    @Test
    void shouldKeepOnlyJobTotalsWithMinimalDetail() throws Exception {
        TravisBuildImport.Result result = new TravisBuildImport(client(), false).importBuild(SLUG, BUILD);

        assertThat(result.records().get(0).getStages()).isEmpty();
        assertThat(result.records().get(0).getDuration()).isPositive();
    }

    @Test
    void shouldRefuseAnUnfinishedBuildAsRetryable() {
        assertThatExceptionOfType(TravisApiException.class)
                .isThrownBy(() -> new TravisBuildImport(client(), true).importBuild(SLUG, 5))
                .withMessageContaining("not finished").matches(TravisApiException::isRetryable);
    }

    @Test
    void shouldLocateBuildIdsByNumberAndStopAtOlderPages() throws Exception {
        Map<Integer, Long> ids = TravisBuilds.locate(client(), SLUG, Set.of(1203, 99_999));

        assertThat(ids).containsEntry(1203, BUILD).doesNotContainKey(99_999);
        assertThat(builds).as("a short page is the last").hasValue(1);
    }
}
