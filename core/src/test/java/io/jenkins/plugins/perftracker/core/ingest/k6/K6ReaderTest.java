package io.jenkins.plugins.perftracker.core.ingest.k6;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.AbstractLoadReaderTest;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;

import static org.assertj.core.api.Assertions.*;

class K6ReaderTest extends AbstractLoadReaderTest {
    @Test
    void shouldLeaveTestsOfPassedThresholdsAlone() throws Exception {
        PerfRun run = read("""
                {"metrics": {"http_req_duration": {"type": "trend", "contains": "time",
                  "values": {"p(95)": 120, "avg": 80},
                  "thresholds": {"p(95)<500": {"ok": true}, "avg < 50": {"ok": false}}}},
                 "state": {"testRunDurationMs": 2500}}
                """);

        assertThat(find(run, "http_req_duration", "p(95)").getStatus()).isEqualTo(Status.SUCCESS);
        assertThat(find(run, "http_req_duration", "avg").getErrors().getTexts())
                .containsExactly("threshold 'avg < 50' failed");
        assertThat(run.getDuration().toMillis()).isEqualTo(2500);
    }

    @Test
    void shouldReadAMetricWithoutValuesAsNoTests() throws Exception {
        PerfRun run = read("{\"metrics\": {\"iterations\": {\"type\": \"counter\", \"values\": {}}}}");

        assertThat(run.getTests()).isEmpty();
    }

    private static final String HANDLE_SUMMARY = "k6/k6-handle-summary.json";
    private static final String SUMMARY_EXPORT = "k6/k6-summary-export.json";

    @Override
    protected ResultReader reader() {
        return new K6Reader();
    }

    @Override
    protected List<String> realWorldFiles() {
        return List.of(HANDLE_SUMMARY, SUMMARY_EXPORT);
    }

    @Test
    void shouldMakeEveryTrendStatisticATestInMilliseconds() throws Exception {
        PerfRun run = reader().read(resource(HANDLE_SUMMARY));

        List<PerfTest> trend = tests(run, "my_trend");
        assertThat(trend).extracting(PerfTest::getCategory)
                .containsExactly("max", "p(90)", "p(95)", "p(99)", "count", "avg", "min", "med");
        assertThat(trend).extracting(t -> t.getScores()[0]).containsExactly(20.0, 19.0, 19.5, 19.9, 3.0, 15.0,
                10.0, 15.0);
        assertThat(find(run, "my_trend", "p(95)").getUnit()).isEqualTo("ms");
        assertThat(find(run, "my_trend", "count").getUnit()).isEqualTo("count");
        assertThat(trend).allSatisfy(t -> assertThat(t.isLessIsBetter()).isTrue());
        assertThat(run.getDuration().toMillis()).isEqualTo(1000);
    }

    @Test
    void shouldFailTheRateOfARateMetricNotItsPassesCount() throws Exception {
        PerfRun run = reader().read(resource("k6/k6-summary-export-rate-threshold.json"));

        PerfTest rate = find(run, "http_req_failed", "value");
        assertThat(rate.getStatus()).isEqualTo(Status.FAILED);
        assertThat(rate.getErrors().getTexts()).containsExactly("threshold 'rate<0.05' failed");
        assertThat(rate.getUnit()).isEqualTo("ratio");
        assertThat(find(run, "http_req_failed", "passes").getStatus()).isEqualTo(Status.SUCCESS);
        assertThat(find(run, "http_req_failed", "fails").getStatus()).isEqualTo(Status.SUCCESS);
        assertThat(find(run, "checks", "value").getStatus()).isEqualTo(Status.SUCCESS);
    }

    @Test
    void shouldFailTheStatisticOfAFailedThresholdWithTheThresholdAsMessage() throws Exception {
        PerfRun run = reader().read(resource(HANDLE_SUMMARY));

        PerfTest rate = find(run, "http_reqs", "rate");
        assertThat(rate.getStatus()).isEqualTo(Status.FAILED);
        assertThat(rate.getErrors().getTexts()).containsExactly("threshold 'rate<100' failed");
        assertThat(find(run, "http_reqs", "count").getStatus()).isEqualTo(Status.SUCCESS);
        // "my_trend<1000" names no statistic: the metric's first test carries it
        assertThat(find(run, "my_trend", "max").getErrors().getTexts())
                .containsExactly("threshold 'my_trend<1000' failed");
        assertThat(tests(run, "checks")).allSatisfy(t -> assertThat(t.getStatus()).isEqualTo(Status.SUCCESS));
    }

    @Test
    void shouldReadRatesCountersAndGaugesWithTheirDirection() throws Exception {
        PerfRun run = reader().read(resource(HANDLE_SUMMARY));

        assertThat(find(run, "checks", "rate").getUnit()).isEqualTo("ratio");
        assertThat(find(run, "checks", "rate").isLessIsBetter()).isFalse();
        assertThat(find(run, "checks", "fails").isLessIsBetter()).isTrue();
        assertThat(find(run, "http_reqs", "rate").getUnit()).isEqualTo("1/s");
        assertThat(find(run, "vus", "value").getUnit()).isEqualTo("value");
    }

    @Test
    void shouldReadTheLegacySummaryExportWhereTrueMeansTheThresholdFailed() throws Exception {
        PerfRun run = reader().read(resource(SUMMARY_EXPORT));

        assertThat(find(run, "my_trend", "p(95)").getScores()).containsExactly(19.5);
        assertThat(find(run, "my_trend", "p(95)").getUnit()).isEqualTo("ms");
        assertThat(find(run, "http_reqs", "rate").getStatus()).isEqualTo(Status.FAILED);
        assertThat(find(run, "checks", "value").getStatus()).isEqualTo(Status.SUCCESS);
        assertThat(find(run, "checks", "passes").getScores()).containsExactly(45.0);
        assertThat(run.getTests()).noneMatch(t -> t.getCategory().equals("thresholds"));
    }

    @Test
    void shouldGroupSubMetricsUnderTheirMetric() throws Exception {
        PerfRun run = read("""
                {"metrics": {"http_req_duration{expected_response:true}": {"type": "trend", "contains": "time",
                  "values": {"avg": 12.5, "p(95)": 30}},
                  "http_req_failed": {"type": "rate", "contains": "default", "values": {"rate": 0.01,
                  "passes": 1, "fails": 99}, "thresholds": {"rate<0.001": {"ok": false}}}}}
                """);

        PerfTest sub = run.getTests().get(0);
        assertThat(sub.getGroup()).isEqualTo("http_req_duration");
        assertThat(sub.getTag()).isEqualTo("http_req_duration{expected_response:true}");
        PerfTest failedRate = find(run, "http_req_failed", "rate");
        assertThat(failedRate.isLessIsBetter()).isTrue();
        assertThat(failedRate.getStatus()).isEqualTo(Status.FAILED);
        assertThat(find(run, "http_req_failed", "fails").isLessIsBetter()).isFalse();
    }

    @Test
    void shouldFailNonFiniteStatisticsAndKeepHugeOnes() throws Exception {
        PerfRun run = read("""
                {"metrics": {"my_trend": {"type": "trend", "contains": "time",
                  "values": {"avg": NaN, "max": 1.7e308}}}}
                """);

        assertThat(find(run, "my_trend", "avg").getStatus()).isEqualTo(Status.FAILED);
        assertThat(find(run, "my_trend", "avg").getScores()).isEmpty();
        assertThat(find(run, "my_trend", "max").getScores()).containsExactly(1.7e308);
    }

    @Test
    void shouldNameTheJsonPathOfATextValue() {
        assertThatThrownBy(() -> read("{\"metrics\": {\"vus\": {\"type\": \"gauge\", \"values\": {\"max\": \"ten\"}}}}"))
                .isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).isEqualTo("$.metrics['vus'].values['max']");
                    assertThat(e.getProblem()).isEqualTo("a number expected but was string \"ten\"");
                });
        assertThatThrownBy(() -> read("{\"root_group\": {}}")).isInstanceOf(ResultFormatException.class)
                .hasMessageContaining("$.metrics");
    }

    private static List<PerfTest> tests(final PerfRun run, final String metric) {
        return run.getTests().stream().filter(t -> t.getTag().equals(metric)).toList();
    }

    private static PerfTest find(final PerfRun run, final String metric, final String statistic) {
        return tests(run, metric).stream().filter(t -> t.getCategory().equals(statistic)).findFirst().orElseThrow();
    }
}
