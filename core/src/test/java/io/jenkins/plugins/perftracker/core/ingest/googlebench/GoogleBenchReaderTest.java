package io.jenkins.plugins.perftracker.core.ingest.googlebench;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.AbstractReaderTest;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;

import static org.assertj.core.api.Assertions.*;

class GoogleBenchReaderTest extends AbstractReaderTest {
    private static final String TEST1 = "/ingest/googlebench/gbench-test1_run1.json";
    private static final String TEST3 = "/ingest/googlebench/gbench-test3_run0.json";
    private static final String FIB = "/ingest/googlebench/gab-googlecpp.json";

    @Override
    protected ResultReader createReader() {
        return new GoogleBenchReader();
    }

    @Override
    protected List<String> sampleFiles() {
        return List.of(TEST1, TEST3, FIB);
    }

    @Test
    void shouldMakeATestPerRunAndTimeMetricWithTheContextAsAttributes() throws Exception {
        PerfRun run = read(TEST1);

        PerfTest real = test(run, "BM_SameTimes", "real_time");
        assertThat(real.getGroup()).isEqualTo("BM_SameTimes");
        assertThat(real.getUnit()).isEqualTo("ns");
        assertThat(real.isLessIsBetter()).isTrue();
        assertThat(real.getScores()).containsExactly(10.0);
        assertThat(test(run, "BM_SameTimes", "cpu_time").getScores()).containsExactly(10.0);
        assertThat(run.getAttributes()).containsEntry("num_cpus", "4").containsEntry("library_build_type", "release")
                .containsEntry("date", "2016-08-02 17:44:46");
    }

    @Test
    void shouldTakeRepetitionsAsSamplesAndAggregatesOnlyWithoutThem() throws Exception {
        PerfRun run = read(TEST3);

        assertThat(test(run, "BM_Two", "real_time").getScores()).containsExactly(9.0, 8.0);
        assertThat(test(run, "BM_Two", "cpu_time").getScores()).containsExactly(90.0, 86.0);
        assertThat(test(run, "medium", "cpu_time").getScores()).containsExactly(80.0, 82.0);
        PerfTest aggregated = test(run, "BM_One", "cpu_time");
        assertThat(aggregated.getScores()).containsExactly(100.0);
        assertThat(aggregated.getWarnings().getTexts()).containsExactly(
                "no raw repetitions: the sample is the aggregate row's mean");
    }

    @Test
    void shouldIgnoreMedianAndStddevAggregatesNextToRepetitions() throws Exception {
        PerfRun run = readText("reps.json", """
                {"context": {"host_name": "ci-7"}, "benchmarks": [
                  %s, %s, %s,
                  {"name": "BM_Sort/1024_mean", "run_name": "BM_Sort/1024", "run_type": "aggregate",
                   "aggregate_name": "mean", "real_time": 12.0, "cpu_time": 12.0, "time_unit": "us"},
                  {"name": "BM_Sort/1024_stddev", "run_name": "BM_Sort/1024", "run_type": "aggregate",
                   "aggregate_name": "stddev", "real_time": 1.0, "cpu_time": 1.0, "time_unit": "us"}
                ]}""".formatted(row(11.0), row(12.0), row(13.0)));

        PerfTest test = test(run, "BM_Sort/1024", "real_time");
        assertThat(test.getGroup()).isEqualTo("BM_Sort");
        assertThat(test.getUnit()).isEqualTo("us");
        assertThat(test.getScores()).containsExactly(11.0, 12.0, 13.0);
        assertThat(test.getWarnings().isEmpty()).isTrue();
        PerfTest items = test(run, "BM_Sort/1024", "items_per_second");
        assertThat(items.getUnit()).isEqualTo("items/s");
        assertThat(items.isLessIsBetter()).isFalse();
        assertThat(items.getScores()).containsExactly(2e6, 2e6, 2e6);
        assertThat(test(run, "BM_Sort/1024", "bytes_per_second").getUnit()).isEqualTo("B/s");
        assertThat(test(run, "BM_Sort/1024", "swaps").getUnit()).isEqualTo("count");
        assertThat(run.getAttributes()).containsEntry("host_name", "ci-7");
    }

    @Test
    void shouldFailARunWithAnErrorAndKeepItsMessage() throws Exception {
        PerfRun run = readText("error.json", """
                {"context": {}, "benchmarks": [
                  {"name": "BM_Open", "run_name": "BM_Open", "run_type": "iteration", "iterations": 0,
                   "real_time": 0, "cpu_time": 0, "time_unit": "ns", "error_occurred": true,
                   "error_message": "could not open data.bin"}]}""");

        PerfTest test = test(run, "BM_Open", "real_time");
        assertThat(test.getStatus()).isEqualTo(Status.FAILED);
        assertThat(test.getErrors().getTexts()).containsExactly("could not open data.bin");
    }

    @Test
    void shouldDropNaNTimesAndFailWhenNothingIsLeft() throws Exception {
        PerfRun run = readText("nan.json", """
                {"benchmarks": [{"name": "BM_X", "real_time": NaN, "cpu_time": 5.0, "time_unit": "ms"}]}""");

        assertThat(test(run, "BM_X", "real_time").getStatus()).isEqualTo(Status.FAILED);
        assertThat(test(run, "BM_X", "cpu_time").getScores()).containsExactly(5.0);
    }

    @Test
    void shouldGiveNoTestForARunWithOnlyDispersionAggregatesAndDropHugeTimes() throws Exception {
        PerfRun run = readText("odd.json", """
                {"benchmarks": [
                  {"name": "BM_S_stddev", "run_name": "BM_S", "run_type": "aggregate", "aggregate_name": "stddev",
                   "real_time": 1.0, "cpu_time": 1.0, "time_unit": "ns"},
                  {"name": "BM_H", "run_name": "BM_H", "run_type": "iteration", "real_time": 1e400, "cpu_time": 2.0}
                ]}""");

        assertThat(run.getTests()).noneMatch(t -> t.getTag().equals("BM_S"));
        assertThat(test(run, "BM_H", "real_time").getStatus()).isEqualTo(Status.FAILED);
        assertThat(test(run, "BM_H", "cpu_time").getScores()).containsExactly(2.0);
    }

    @Test
    void shouldReadComplexityRowsAsMeasurementsNotFailures() throws Exception {
        PerfRun run = read("/ingest/googlebench/gbench-test1_run1.json");

        assertThat(run.getTests()).filteredOn(t -> t.getTag().equals("MyComplexityTest"))
                .extracting(PerfTest::getCategory).containsExactly("cpu_coefficient", "real_coefficient", "rms");
        assertThat(test(run, "MyComplexityTest", "cpu_coefficient").getScores()).containsExactly(4.2749856294592886);
        assertThat(test(run, "MyComplexityTest", "real_coefficient").getAttribs()).containsEntry("big_o", "N");
        assertThat(test(run, "MyComplexityTest", "rms").getScores()).containsExactly(4.5097802512472874e-03);
        assertThat(run.getTests()).allSatisfy(t -> assertThat(t.getStatus()).as(t.getTag()).isNotEqualTo(Status.FAILED));
    }

    @Test
    void shouldReadComplexityRowsOfFilesOlderThanRunType() throws Exception {
        PerfRun run = readText("old.json", """
                {"benchmarks": [{"name": "BM_N/8", "iterations": 10, "real_time": 8.0, "cpu_time": 8.0},
                  {"name": "BM_N_BigO", "cpu_coefficient": 1.0, "real_coefficient": 1.1, "big_o": "N"},
                  {"name": "BM_N_RMS", "rms": 0.01}]}""");

        assertThat(run.getTests()).extracting(t -> t.getTag() + " " + t.getCategory()).containsExactly(
                "BM_N/8 real_time", "BM_N/8 cpu_time", "BM_N cpu_coefficient", "BM_N real_coefficient", "BM_N rms");
    }

    @Test
    void shouldNotFailAnUnknownAggregate() throws Exception {
        PerfRun run = read("/ingest/googlebench/gbench-test4_run0.json");

        assertThat(run.getTests()).isEmpty();
    }

    @Test
    void shouldNameWhatIsMissingOrMalformed() throws Exception {
        ResultFormatException missing = failure("nobench.json", "{\"context\": {\"num_cpus\": 2}}");
        assertThat(missing.getLocation()).isEqualTo("$.benchmarks");

        ResultFormatException notArray = failure("obj.json", "{\"benchmarks\": {\"name\": \"x\"}}");
        assertThat(notArray.getProblem()).contains("an array of benchmark rows expected");

        ResultFormatException nameless = failure("nameless.json", "{\"benchmarks\": [{\"real_time\": 1}]}");
        assertThat(nameless.getLocation()).isEqualTo("$.benchmarks[0]");

        ResultFormatException text = failure("text.json",
                "{\"benchmarks\": [{\"name\": \"BM_A\", \"real_time\": \"slow\"}]}");
        assertThat(text.getLocation()).endsWith(".real_time");
        assertThat(text.getProblem()).isEqualTo("a number expected but was 'slow'");
    }

    @Test
    void shouldNotDetectPytestBenchmarkFiles() {
        assertThat(createReader().detect(temp, "{\"machine_info\": {}, \"benchmarks\": [{\"stats\": {}}]}"))
                .isFalse();
    }

    private static String row(final double time) {
        return """
                {"name": "BM_Sort/1024", "run_name": "BM_Sort/1024", "run_type": "iteration", "repetitions": 3,
                 "threads": 1, "iterations": 5000, "real_time": %s, "cpu_time": %s, "time_unit": "us",
                 "items_per_second": 2e6, "bytes_per_second": 8e6, "swaps": 17}""".formatted(time, time);
    }
}
