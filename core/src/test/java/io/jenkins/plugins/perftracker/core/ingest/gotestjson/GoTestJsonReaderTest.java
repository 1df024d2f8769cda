package io.jenkins.plugins.perftracker.core.ingest.gotestjson;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.AbstractReaderTest;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static org.assertj.core.api.Assertions.*;

class GoTestJsonReaderTest extends AbstractReaderTest {
    private static final String JOIN = "/ingest/gotest-json/gotest-join.json";
    private static final String TEST2JSON = "/ingest/gotest-json/go-test2json-bench.json";

    @Override
    protected ResultReader createReader() {
        return new GoTestJsonReader();
    }

    @Override
    protected List<String> sampleFiles() {
        return List.of(JOIN, TEST2JSON);
    }

    @Test
    void shouldReadTheBenchmarkLinesOfTheOutputEventsWithThePackageAsGroup() throws Exception {
        PerfRun run = read(JOIN);

        PerfTest test = test(run, "BenchmarkJoin/n=100", "ns/op");
        assertThat(test.getGroup()).isEqualTo("example.com/strjoin");
        assertThat(test.getScores()).containsExactly(470.2, 523.2);
        assertThat(test(run, "BenchmarkJoin/n=10", "MB/s").isLessIsBetter()).isFalse();
        assertThat(run.getAttributes()).containsEntry("goos", "linux").containsEntry("cpu", "AMD EPYC");
    }

    @Test
    void shouldReadEventsWithoutPackage() throws Exception {
        PerfRun run = read(TEST2JSON);

        PerfTest test = test(run, "BenchmarkFoo", "ns/op");
        assertThat(test.getScores()).containsExactly(0.0);
        assertThat(test.getAttribs()).containsEntry("procs", "8").containsEntry("goarch", "386");
    }

    @Test
    void shouldJoinAResultLineSplitOverSeveralEvents() throws Exception {
        PerfRun run = readText("split.json", """
                {"Action":"output","Package":"p","Test":"BenchmarkA","Output":"BenchmarkA-4   \\t"}
                {"Action":"output","Package":"q","Output":"BenchmarkB-4 10 3 ns/op\\n"}
                {"Action":"output","Package":"p","Test":"BenchmarkA","Output":"    1000\\t  12.5 ns/op\\n"}
                {"Action":"pass","Package":"p"}
                """);

        assertThat(test(run, "BenchmarkA", "ns/op").getScores()).containsExactly(12.5);
        assertThat(test(run, "BenchmarkA", "ns/op").getGroup()).isEqualTo("p");
        assertThat(test(run, "BenchmarkB", "ns/op").getGroup()).isEqualTo("q");
    }

    @Test
    void shouldFailABenchmarkWhoseOutputSaysFailAndSkipBlankLines() throws Exception {
        PerfRun run = readText("fail.json", """
                {"Action":"output","Package":"p","Output":"BenchmarkOk-2 10 4 ns/op\\n"}

                {"Action":"output","Package":"p","Test":"BenchmarkBad","Output":"--- FAIL: BenchmarkBad-2\\n"}
                {"Action":"output","Package":"p","Test":"BenchmarkBad","Output":"    bad_test.go:9: no server\\n"}
                {"Action":"fail","Package":"p","Test":"BenchmarkBad"}
                """);

        PerfTest bad = test(run, "BenchmarkBad", "");
        assertThat(bad.getErrors().getTexts()).containsExactly("--- FAIL: BenchmarkBad-2", "bad_test.go:9: no server");
        assertThat(test(run, "BenchmarkOk", "ns/op").getScores()).containsExactly(4.0);
    }

    @Test
    void shouldNameTheLineOfAMalformedEventOrResult() throws Exception {
        ResultFormatException json = failure("bad.json", "{\"Action\":\"start\"}\n{\"Action\": output}\n");
        assertThat(json.getLocation()).isEqualTo("line 2");
        assertThat(json.getProblem()).startsWith("malformed or truncated JSON");

        ResultFormatException result = failure("result.json",
                "{\"Action\":\"output\",\"Package\":\"p\",\"Output\":\"BenchmarkA-4 10 5\\n\"}\n");
        assertThat(result.getLocation()).isEqualTo("line 1 (output of p)");

        assertThat(failure("array.json", "[1, 2]\n").getProblem()).isEqualTo("a test2json event object expected");
        assertThat(failure("nobench.json", "{\"Action\":\"output\",\"Output\":\"PASS\\n\"}\n").getProblem())
                .contains("was the test run with -bench?");
    }
}
