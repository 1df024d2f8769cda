package io.jenkins.plugins.perftracker.core.ingest.pytest;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.AbstractReaderTest;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;

import static org.assertj.core.api.Assertions.*;

class PytestBenchmarkReaderTest extends AbstractReaderTest {
    private static final String FIB = "/ingest/pytest-benchmark/gab-pytest.json";
    private static final String STORAGE = "/ingest/pytest-benchmark/pb-0030-storage.json";
    private static final String PARAMS = "/ingest/pytest-benchmark/pytest523-params-groups.json";

    @Override
    protected ResultReader createReader() {
        return new PytestBenchmarkReader();
    }

    @Override
    protected List<String> sampleFiles() {
        return List.of(STORAGE, PARAMS);
    }

    @Test
    void shouldRefuseARealFileWhoseDataWasTrimmedByHandNamingTheElement() throws Exception {
        Throwable thrown = catchThrowable(() -> read(FIB));

        assertThat(thrown).isInstanceOf(ResultFormatException.class);
        ResultFormatException error = (ResultFormatException) thrown;
        assertThat(error.getLocation()).isEqualTo("$.benchmarks[0].stats.data[4]");
        assertThat(error.getProblem()).isEqualTo("a number expected but was '... omitted to keep this file small'");
    }

    @Test
    void shouldMapGroupAndParamsAndKeepExtraInfo() throws Exception {
        PerfRun run = read(PARAMS);

        PerfTest join = test(run, "test_join", "size=100");
        assertThat(join.getGroup()).isEqualTo("join");
        assertThat(join.getUnit()).isEqualTo("s");
        assertThat(join.isLessIsBetter()).isTrue();
        assertThat(join.getCmdline()).isEqualTo("test_join.py::test_join[100]");
        assertThat(join.getScores()).hasSize(15).startsWith(5.470000019158761e-07, 5.360000045584457e-07);
        assertThat(join.getAttribs()).containsEntry("extra_info.parts", "100").containsEntry("rounds", "15");
        assertThat(test(run, "test_sorted", "").getGroup()).isEqualTo("sort");
        assertThat(run.getAttributes()).containsEntry("version", "5.2.3").containsEntry("python_version", "3.11.7")
                .containsEntry("commit_id", "unversioned").containsEntry("commit_branch", "(unknown)");
    }

    @Test
    void shouldFallBackToTheMeanOfASavedFileWithoutDataAndTakeTheBracketAsCategory() throws Exception {
        PerfRun run = read(STORAGE);

        PerfTest test = test(run, "test_xfast_parametrized", "0");
        assertThat(test.getGroup()).isEqualTo("tests/test_normal.py");
        assertThat(test.getScores()).containsExactly(2.61205074138546e-07);
        assertThat(test.getWarnings().getTexts()).containsExactly(
                "saved without stats.data: the sample is the mean of 9710 rounds");
        assertThat(run.getAttributes()).containsEntry("datetime", "2015-08-15T00:04:18.687119+00:00");
    }

    @Test
    void shouldDropNaNSamplesAndFailOnlyWithoutAny() throws Exception {
        PerfRun run = readText("nan.json", """
                {"benchmarks": [
                  {"name": "test_a", "fullname": "t.py::test_a", "stats": {"data": [0.5, NaN, Infinity, 0.25]}},
                  {"name": "test_b", "fullname": "t.py::test_b", "stats": {"data": [NaN]}}]}""");

        assertThat(test(run, "test_a", "").getScores()).containsExactly(0.5, 0.25);
        assertThat(test(run, "test_b", "").getStatus()).isEqualTo(Status.FAILED);
    }

    @Test
    void shouldKeepScalarParamsAndFallBackToNoGroupWithoutAModule() throws Exception {
        PerfRun run = readText("params.json", """
                {"benchmarks": [{"name": "test_q[a-1]", "fullname": "test_q[a-1]", "group": null,
                  "params": {"mode": "a", "n": 1, "opts": {"deep": true}, "none": null},
                  "stats": {"data": [1e-3, 2e-3], "rounds": 2}, "extra_info": {"rows": 5, "nested": [1]}}]}""");

        PerfTest test = test(run, "test_q", "mode=a,n=1");
        assertThat(test.getGroup()).isEmpty();
        assertThat(test.getScores()).containsExactly(1e-3, 2e-3);
        assertThat(test.getAttribs()).containsEntry("extra_info.rows", "5").doesNotContainKey("extra_info.nested")
                .containsEntry("rounds", "2");
    }

    @Test
    void shouldRefuseAnEmptyDataArrayAsAFailedTestNotAnError() throws Exception {
        PerfRun run = readText("empty-data.json",
                "{\"benchmarks\": [{\"name\": \"t\", \"stats\": {\"data\": [], \"mean\": 1.0}}]}");

        assertThat(run.getTests().get(0).getStatus()).isEqualTo(Status.FAILED);
        assertThat(run.getTests().get(0).getErrors().getTexts()).containsExactly("no finite sample");
    }

    @Test
    void shouldNameTheFieldThatIsWrong() throws Exception {
        ResultFormatException noStats = failure("nostats.json",
                "{\"machine_info\": {}, \"benchmarks\": [{\"name\": \"test_a\", \"fullname\": \"x::test_a\"}]}");
        assertThat(noStats.getLocation()).isEqualTo("$.benchmarks[0].stats");

        ResultFormatException text = failure("text.json",
                "{\"benchmarks\": [{\"name\": \"t\", \"stats\": {\"data\": [1e-3, \"fast\"]}}]}");
        assertThat(text.getLocation()).isEqualTo("$.benchmarks[0].stats.data[1]");

        assertThat(failure("none.json", "{\"machine_info\": {\"node\": \"x\"}}").getLocation())
                .isEqualTo("$.benchmarks");
        assertThat(failure("noname.json", "{\"benchmarks\": [{\"stats\": {}}]}").getLocation())
                .isEqualTo("$.benchmarks[0].name");
    }
}
