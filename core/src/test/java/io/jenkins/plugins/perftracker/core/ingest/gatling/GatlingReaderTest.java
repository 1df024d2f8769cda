package io.jenkins.plugins.perftracker.core.ingest.gatling;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.AbstractLoadReaderTest;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static org.assertj.core.api.Assertions.*;

class GatlingReaderTest extends AbstractLoadReaderTest {
    @Test
    void shouldNameTheJsonPathOfARequestThatIsNotAnObject() {
        assertThatThrownBy(() -> read("""
                {"type": "GROUP", "name": "All Requests", "stats": {"numberOfRequests": {"ok": 1, "ko": 0}},
                 "contents": {"req_a": []}}
                """)).isInstanceOfSatisfying(ResultFormatException.class, e ->
                        assertThat(e.getLocation()).isEqualTo("$.contents['req_a']"));
        assertThatThrownBy(() -> read("{\"type\": \"GROUP\", \"stats\": 3}"))
                .isInstanceOf(ResultFormatException.class).hasMessageContaining("$.stats: an object expected");
    }

    @Test
    void shouldTellBetterDirections() throws Exception {
        PerfRun run = reader().read(resource(SLAWEK));

        assertThat(find(run, "All Requests", "throughput", "mean").isLessIsBetter()).isFalse();
        assertThat(find(run, "All Requests", "requests", "ko").isLessIsBetter()).isTrue();
        assertThat(find(run, "All Requests", "requests", "ok").isLessIsBetter()).isFalse();
        assertThat(find(run, "All Requests", "response time", "stddev").isLessIsBetter()).isTrue();
    }

    @Test
    void shouldReadEveryPercentileOfEveryRequest() throws Exception {
        PerfRun run = reader().read(resource(DETHU));

        assertThat(run.getTests()).filteredOn(t -> t.getGroup().equals("request_1 Redirect 1")
                && t.getTag().equals("response time")).extracting(PerfTest::getCategory).containsExactly("min", "max",
                "mean", "stddev", "percentiles1", "percentiles2", "percentiles3", "percentiles4");
        assertThat(run.getTests()).hasSize(4 * (2 + 8 + 1));
    }

    private static final String DETHU = "gatling/dethu-stats.json";
    private static final String SLAWEK = "gatling/slawekradzyminski-stats.json";

    @Override
    protected ResultReader reader() {
        return new GatlingReader();
    }

    @Override
    protected List<String> realWorldFiles() {
        return List.of(DETHU, SLAWEK);
    }

    @Test
    void shouldReadTheWholeSimulationAndEveryRequest() throws Exception {
        PerfRun run = reader().read(resource(DETHU));

        assertThat(run.getTests().stream().map(PerfTest::getGroup).distinct()).containsExactly("Global Information", "request_1", "request_1 Redirect 1", "request_1 Redirect 2");
        assertThat(find(run, "Global Information", "response time", "mean").getScores()).containsExactly(256.0);
        assertThat(find(run, "Global Information", "response time", "percentiles4").getScores())
                .containsExactly(344.0);
        assertThat(find(run, "Global Information", "requests", "ok").getScores()).containsExactly(3.0);
        assertThat(find(run, "Global Information", "throughput", "mean").getScores()).containsExactly(0.5);
        assertThat(find(run, "request_1", "response time", "max").getScores()).containsExactly(344.0);
        assertThat(find(run, "request_1", "response time", "max").getUnit()).isEqualTo("ms");
    }

    @Test
    void shouldReadAllRequestsOfANewerReport() throws Exception {
        PerfRun run = reader().read(resource(SLAWEK));

        assertThat(find(run, "All Requests", "response time", "percentiles3").getScores()).containsExactly(748.0);
        assertThat(find(run, "All Requests", "requests", "ko").getErrors().isEmpty()).isTrue();
        assertThat(run.getTests()).extracting(PerfTest::getGroup).contains("All Requests");
    }

    @Test
    void shouldCountKoRequestsAsErrorsAndSkipStatisticsGatlingCouldNotCompute() throws Exception {
        PerfRun run = read("""
                {"type": "GROUP", "name": "All Requests", "stats": {"name": "All Requests",
                  "numberOfRequests": {"total": 10, "ok": 0, "ko": 10},
                  "minResponseTime": {"total": 5, "ok": "-", "ko": 5},
                  "meanResponseTime": {"total": "-", "ok": "-", "ko": 7},
                  "meanNumberOfRequestsPerSecond": {"total": 2.5, "ok": 0, "ko": 2.5}},
                 "contents": {"group_checkout": {"type": "GROUP", "name": "checkout", "stats": {
                   "numberOfRequests": {"total": 1, "ok": 1, "ko": 0},
                   "maxResponseTime": {"total": 1e12, "ok": 1e12, "ko": 0}},
                   "contents": {"req_pay": {"type": "REQUEST", "name": "pay", "stats": {
                     "numberOfRequests": {"total": 1, "ok": 1, "ko": 0}}}}}}}
                """);

        PerfTest ko = find(run, "All Requests", "requests", "ko");
        assertThat(ko.getScores()).containsExactly(10.0);
        assertThat(ko.getErrors().getTexts()).containsExactly("10 of 10 requests failed (KO)");
        assertThat(run.getTests()).noneMatch(t -> t.getGroup().equals("All Requests")
                && t.getCategory().equals("mean") && t.getTag().equals("response time"));
        assertThat(find(run, "checkout", "response time", "max").getScores()).containsExactly(1e12);
        assertThat(find(run, "checkout / pay", "requests", "ok").getScores()).containsExactly(1.0);
    }

    @Test
    void shouldReadGlobalStatsJson() throws Exception {
        PerfRun run = read("""
                {"name": "All Requests", "numberOfRequests": {"total": 4, "ok": 4, "ko": 0},
                 "meanResponseTime": {"total": 120, "ok": 120, "ko": 0}}
                """);

        assertThat(find(run, "All Requests", "response time", "mean").getScores()).containsExactly(120.0);
    }

    @Test
    void shouldNameTheJsonPathOfMissingRequestCounts() {
        assertThatThrownBy(() -> read("""
                {"type": "GROUP", "name": "All Requests", "stats": {"numberOfRequests": {"total": 1, "ok": 1},
                 "meanResponseTime": {"total": 1}}}
                """)).isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).isEqualTo("$.stats.numberOfRequests.ko");
                    assertThat(e.getProblem()).isEqualTo("a number expected but was missing");
                });
    }

    private static PerfTest find(final PerfRun run, final String group, final String tag, final String category) {
        return run.getTests().stream().filter(t -> t.getGroup().equals(group) && t.getTag().equals(tag)
                && t.getCategory().equals(category)).findFirst().orElseThrow();
    }
}
