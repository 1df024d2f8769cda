package io.jenkins.plugins.perftracker.core.ingest.jmh;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jenkins.plugins.perftracker.core.ingest.AbstractReaderTest;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;

import static org.assertj.core.api.Assertions.*;

class JmhReaderTest extends AbstractReaderTest {
    private static final String PARAMS = "/ingest/jmh/gab-jmh-params.json";
    private static final String GC = "/ingest/jmh/jmh137-thrpt-gc-2forks.json";
    private static final String SAMPLE = "/ingest/jmh/jmh137-sample-mode.json";

    @Override
    protected ResultReader createReader() {
        return new JmhReader();
    }

    @Override
    protected List<String> sampleFiles() {
        return List.of(PARAMS, GC, SAMPLE);
    }

    @Test
    void shouldMapBenchmarkParamsAndRawDataOfAThroughputRun() throws Exception {
        PerfRun run = read(PARAMS);

        PerfTest test = test(run, "wellHelloThere (thrpt)", "paramA=17,paramB=33");
        assertThat(test.getGroup()).isEqualTo("org.openjdk.jmh.samples.JMHSample_01_HelloWorld");
        assertThat(test.getUnit()).isEqualTo("ops/s");
        assertThat(test.isLessIsBetter()).isFalse();
        assertThat(test.getScores()).containsExactly(3.376842765688582E9, 3.37651988895058E9, 3.375353964729294E9);
        assertThat(test.getAttribs()).containsEntry("forks", "1").containsEntry("iterationsPerFork", "3")
                .containsEntry("mode", "thrpt").containsEntry("threads", "1");
        assertThat(run.getAttributes()).containsEntry("jmhVersion", "1.29").containsEntry("jdkVersion", "1.8.0_202")
                .containsEntry("vmName", "Java HotSpot(TM) 64-Bit Server VM");
    }

    @Test
    void shouldKeepForksAndMakeSecondaryMetricsTestsOfTheirOwn() throws Exception {
        PerfRun run = read(GC);

        assertThat(run.getTests()).hasSize(4 * 5);
        PerfTest primary = test(run, "builder (thrpt)", "size=10");
        assertThat(primary.getGroup()).isEqualTo("demo.StringJoinBench");
        assertThat(primary.getScores()).containsExactly(19.2037674785815, 10.181943918033562, 17.471158491961113,
                21.93758615488108, 38.63154567613894, 39.46595622749778);
        assertThat(primary.getAttribs()).containsEntry("forks", "2").containsEntry("iterationsPerFork", "3,3");
        PerfTest alloc = test(run, "builder (thrpt) gc.alloc.rate.norm", "size=10");
        assertThat(alloc.getUnit()).isEqualTo("B/op");
        assertThat(alloc.isLessIsBetter()).isTrue();
        assertThat(alloc.getScores()).hasSize(6);
        assertThat(java.util.Arrays.stream(alloc.getScores()).boxed()).allSatisfy(v -> assertThat(v).isBetween(88.0, 88.01));
        assertThat(test(run, "builder (thrpt) gc.alloc.rate", "size=10").isLessIsBetter()).isFalse();
        assertThat(test(run, "builder (thrpt) gc.time", "size=10").getAttribs())
                .containsEntry("iterationsPerFork", "2,3");
        assertThat(run.getAttributes()).containsEntry("jmhVersion", "1.37").containsKey("jvm");
    }

    @Test
    void shouldSummariseEachSampleModeIterationToItsWeightedMean() throws Exception {
        PerfRun run = read(SAMPLE);

        PerfTest test = test(run, "builder (sample)", "size=10");
        JsonNode histogram = new ObjectMapper().readTree(getClass().getResource(SAMPLE))
                .get(0).get("primaryMetric").get("rawDataHistogram");
        double sum = 0;
        long count = 0;
        long all = 0;
        for (JsonNode bin : histogram.get(0).get(0)) {
            sum += bin.get(0).asDouble() * bin.get(1).asLong();
            count += bin.get(1).asLong();
        }
        for (JsonNode fork : histogram) {
            for (JsonNode iteration : fork) {
                for (JsonNode bin : iteration) {
                    all += bin.get(1).asLong();
                }
            }
        }
        assertThat(test.getUnit()).isEqualTo("us/op");
        assertThat(test.isLessIsBetter()).isTrue();
        assertThat(test.getScores()).hasSize(4);
        assertThat(test.getScore(0)).isCloseTo(sum / count, within(1e-12));
        assertThat(test.getAttribs()).containsEntry("histogramCount", String.valueOf(all))
                .containsEntry("iterationsPerFork", "2,2");
    }

    @Test
    void shouldDropNaNAndOverflowingSamplesWithAWarning() throws Exception {
        PerfRun run = readText("nan.json", benchmark("ns/op", "[[12.5, \"NaN\", NaN, 1e400, 13.5]]", "\"NaN\""));

        PerfTest test = run.getTests().get(0);
        assertThat(test.getScores()).containsExactly(12.5, 13.5);
        assertThat(test.isLessIsBetter()).isTrue();
        assertThat(test.getStatus()).isEqualTo(Status.SUCCESS);
        assertThat(test.getWarnings().getTexts()).containsExactly("3 sample(s) were NaN or infinite and were dropped");
        assertThat(test.getAttribs()).doesNotContainKey("scoreError");
    }

    @Test
    void shouldFailATestWithoutAnyFiniteSample() throws Exception {
        PerfRun run = readText("allnan.json", benchmark("ops/s", "[[NaN], [Infinity]]", "1.0"));

        PerfTest test = run.getTests().get(0);
        assertThat(test.getStatus()).isEqualTo(Status.FAILED);
        assertThat(test.getErrors().getTexts()).containsExactly("no finite sample");
        assertThat(test.getAttribs()).containsEntry("iterationsPerFork", "1,1");
    }

    @Test
    void shouldNameTheJsonPathOfAValueThatIsNoNumber() throws Exception {
        ResultFormatException error = failure("bad.json", benchmark("ns/op", "[[1.0, \"fast\"]]", "1.0"));

        assertThat(error.getLocation()).isEqualTo("$[0].primaryMetric.rawData[0][1]");
        assertThat(error.getProblem()).isEqualTo("a number expected but was 'fast'");
    }

    @Test
    void shouldRequireAPrimaryMetricAndAnArrayAtTheTop() throws Exception {
        assertThat(failure("nometric.json", "[{\"benchmark\": \"a.B.c\", \"mode\": \"avgt\"}]").getLocation())
                .isEqualTo("$[0].primaryMetric");
        ResultFormatException notArray = failure("object.json", "{\"benchmark\": \"a.B.c\"}");
        assertThat(notArray.getLocation()).isEqualTo("$");
        assertThat(notArray.getProblem()).contains("JMH result array", "found an object");
        assertThat(failure("noname.json", "[{\"mode\": \"avgt\"}]").getLocation()).isEqualTo("$[0].benchmark");
    }

    @Test
    void shouldTakeTheScoreOfASecondaryMetricWithoutRawDataAndKeepOldMetricNames() throws Exception {
        PerfRun run = readText("old.json", """
                [{"jmhVersion": "1.21", "benchmark": "org.acme.A.b", "mode": "avgt",
                  "primaryMetric": {"score": 2.0, "scoreUnit": "ms/op", "rawData": [[2.0], [2.5]]},
                  "secondaryMetrics": {"·gc.alloc.rate.norm": {"score": 512.0, "scoreError": 3.5, "scoreUnit": "B/op"},
                                       "·gc.count": {"score": 4.0, "scoreUnit": "counts", "rawData": [[4.0]]}}}]""");

        PerfTest alloc = test(run, "b (avgt) ·gc.alloc.rate.norm", "");
        assertThat(alloc.getScores()).containsExactly(512.0);
        assertThat(alloc.getAttribs()).containsEntry("scoreError", "3.5").doesNotContainKey("forks");
        assertThat(test(run, "b (avgt) ·gc.count", "").isLessIsBetter()).isTrue();
        assertThat(test(run, "b (avgt)", "").getAttribs()).containsEntry("iterationsPerFork", "1,1");
    }

    @Test
    void shouldReadAnEmptyResultArrayAsARunWithoutTests() throws Exception {
        assertThat(readText("none.json", "[ ]").getTests()).isEmpty();
    }

    @Test
    void shouldUseTheModeWhenTheUnitSaysNothingAboutDirection() throws Exception {
        PerfRun run = readText("custom.json", benchmark("widgets", "[[1.0]]", "0.1"));

        assertThat(run.getTests().get(0).isLessIsBetter()).isFalse();
    }

    @Test
    void shouldNotDetectOtherJsonArrays() {
        assertThat(createReader().detect(temp, "[{\"name\": \"x\", \"value\": 1, \"unit\": \"ns\"}]")).isFalse();
        assertThat(createReader().detect(temp, "{\"benchmark\": \"x\", \"jmhVersion\": \"1\"}")).isFalse();
    }

    private static String benchmark(final String unit, final String rawData, final String error) {
        return """
                [{"jmhVersion": "1.37", "benchmark": "org.acme.ParseBench.parse", "mode": "thrpt", "threads": 1,
                  "forks": 1, "params": {"size": "1000"},
                  "primaryMetric": {"score": 1.0, "scoreError": %s, "scoreUnit": "%s", "rawData": %s},
                  "secondaryMetrics": {}}]
                """.formatted(error, unit, rawData);
    }
}
