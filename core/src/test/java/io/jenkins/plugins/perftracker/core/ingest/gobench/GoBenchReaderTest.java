package io.jenkins.plugins.perftracker.core.ingest.gobench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.AbstractReaderTest;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;

import static org.assertj.core.api.Assertions.*;

class GoBenchReaderTest extends AbstractReaderTest {
    private static final String OLD = "/ingest/gobench/perf-old.txt";
    private static final String UNITS = "/ingest/gobench/perf-units.txt";
    private static final String GAB = "/ingest/gobench/gab-go-output.txt";
    private static final String JOIN = "/ingest/gobench/gobench-join.txt";

    @Override
    protected ResultReader createReader() {
        return new GoBenchReader();
    }

    @Override
    protected List<String> sampleFiles() {
        return List.of(OLD, UNITS, GAB, JOIN);
    }

    @Override
    protected Path truncatedInput() throws IOException {
        return write("cut.txt", "goos: linux\nBenchmarkEncode/format=json-48   690848   1726 ns/op\n"
                + "BenchmarkEncode/format=json-48   684861   1723");
    }

    @Test
    void shouldTakeRepeatedLinesAsSamplesWithPackageAsGroup() throws Exception {
        PerfRun run = read(OLD);

        PerfTest test = test(run, "BenchmarkEncode/format=json", "ns/op");
        assertThat(test.getGroup()).isEqualTo("golang.org/x/perf/cmd/benchstat/testdata");
        assertThat(test.getUnit()).isEqualTo("ns/op");
        assertThat(test.isLessIsBetter()).isTrue();
        assertThat(test.getScores()).containsExactly(1726, 1723, 1707, 1707, 1713, 1729, 1736, 1707, 1705, 1774);
        assertThat(test.getAttribs()).containsEntry("procs", "48").containsEntry("goos", "linux")
                .doesNotContainKey("pkg");
        assertThat(run.getAttributes()).containsEntry("goarch", "amd64")
                .containsEntry("pkg", "golang.org/x/perf/cmd/benchstat/testdata");
    }

    @Test
    void shouldMakeEveryUnitOnALineATestWithItsOwnDirection() throws Exception {
        PerfRun run = read(JOIN);

        assertThat(test(run, "BenchmarkJoin/n=10", "ns/op").getScores()).containsExactly(62.70, 61.66, 58.78);
        assertThat(test(run, "BenchmarkJoin/n=10", "ns/op").getLoops()).isEqualTo(6000);
        PerfTest speed = test(run, "BenchmarkJoin/n=10", "MB/s");
        assertThat(speed.isLessIsBetter()).isFalse();
        assertThat(speed.getScores()).containsExactly(159.48, 162.19, 170.11);
        assertThat(test(run, "BenchmarkJoin/n=100", "B/op").getScores()).containsExactly(208, 208, 208);
        assertThat(test(run, "BenchmarkJoin/n=100", "allocs/op").isLessIsBetter()).isTrue();
        assertThat(test(run, "BenchmarkJoin/n=100", "parts/op").isLessIsBetter()).isTrue();
        assertThat(test(run, "BenchmarkJoin/n=100", "ns/op").getAttribs()).containsEntry("cpu", "AMD EPYC")
                .containsEntry("procs", "2");
        assertThat(run.getTests()).hasSize(2 * 5);
    }

    @Test
    void shouldKeepNamesWithoutProcsSuffixAndCustomUnits() throws Exception {
        PerfRun run = read(GAB);

        assertThat(test(run, "BenchmarkFib20", "ns/op").getScores()).containsExactly(40537.123);
        assertThat(test(run, "BenchmarkFib20", "ns/op").getAttribs()).doesNotContainKey("procs");
        assertThat(test(run, "BenchmarkFib/my/tabled/benchmark_-_20,var1=13,var2=14", "ns/op").getScores())
                .containsExactly(40537.456);
        assertThat(test(run, "BenchmarkFib11", "auxMetricUnits").getScores()).containsExactly(3.0);
        assertThat(test(run, "BenchmarkFib11", "auxMetricUnits").getAttribs()).containsEntry("procs", "16");
    }

    @Test
    void shouldReadUnitMetadataAndKeyValueConfig() throws Exception {
        PerfRun run = read(UNITS);

        assertThat(test(run, "BenchmarkSize", "text-bytes").getScores()).containsExactly(100, 105);
        assertThat(test(run, "BenchmarkSize", "text-bytes").isLessIsBetter()).isTrue();
        assertThat(run.getAttributes()).containsEntry("note", "before");

        PerfRun higher = readText("higher.txt", "Unit hits better=higher\nBenchmarkCache 10 80 hits 5 ns/op\n"
                + "Unit ns/op better=higher\n");
        assertThat(test(higher, "BenchmarkCache", "hits").isLessIsBetter()).isFalse();
        assertThat(test(higher, "BenchmarkCache", "ns/op").isLessIsBetter()).isFalse();
    }

    @Test
    void shouldFailABenchmarkThatPrintedFailWithItsMessage() throws Exception {
        PerfRun run = readText("fail.txt", """
                pkg: example.com/x
                BenchmarkOk-4   100   12 ns/op
                --- FAIL: BenchmarkBroken-4
                    x_test.go:12: connection refused
                FAIL
                """);

        PerfTest broken = test(run, "BenchmarkBroken", "");
        assertThat(broken.getStatus()).isEqualTo(Status.FAILED);
        assertThat(broken.getErrors().getTexts()).containsExactly("--- FAIL: BenchmarkBroken-4",
                "x_test.go:12: connection refused");
        assertThat(test(run, "BenchmarkOk", "ns/op").getStatus()).isEqualTo(Status.SUCCESS);
    }

    @Test
    void shouldDropNaNAndOverflowingValues() throws Exception {
        PerfRun run = readText("nan.txt", "BenchmarkX 1 NaN ns/op\nBenchmarkX 1 1e400 ns/op\nBenchmarkX 1 5 ns/op\n");

        PerfTest test = test(run, "BenchmarkX", "ns/op");
        assertThat(test.getScores()).containsExactly(5.0);
        assertThat(test.getWarnings().getTexts()).containsExactly("2 sample(s) were NaN or infinite and were dropped");
    }

    @Test
    void shouldNameTheLineOfABadResult() throws Exception {
        ResultFormatException huge = failure("huge.txt", "goos: linux\nBenchmarkX 99999999999999999999 5 ns/op\n");
        assertThat(huge.getLocation()).isEqualTo("line 2");
        assertThat(huge.getProblem()).contains("an iteration count after BenchmarkX expected");

        ResultFormatException word = failure("word.txt", "BenchmarkX 10 fast ns/op\n");
        assertThat(word.getLocation()).isEqualTo("line 1");
        assertThat(word.getProblem()).isEqualTo("a number before unit 'ns/op' of BenchmarkX expected but was 'fast'");

        assertThat(failure("none.txt", "PASS\nok  \texample.com/x\t0.1s\n").getProblem())
                .startsWith("no Go benchmark result line");
    }

    @Test
    void shouldRefuseAnOverlongLineNamingFileAndLine() throws Exception {
        ResultFormatException longLine = failure("long.txt", "goos: linux\nBenchmarkX 1 5 ns/op\n"
                + "BenchmarkX 1 " + "5".repeat(300_000) + " ns/op\n");

        assertThat(longLine.getMessage()).contains("long.txt");
        assertThat(longLine.getLocation()).isEqualTo("line 3");
        assertThat(longLine.getProblem()).isEqualTo("a line of at most 65536 characters expected but it is longer");
    }

    @Test
    void shouldDetectOnlyTextWithResultLines() {
        assertThat(createReader().detect(temp, "goos: linux\nBenchmarkA-8 10 5 ns/op\n")).isTrue();
        assertThat(createReader().detect(temp, "{\"Output\": \"BenchmarkA-8 10 5 ns/op\"}")).isFalse();
        assertThat(createReader().detect(temp, "Benchmarking is fun\n")).isFalse();
        assertThat(createReader().detect(temp, "Benchmark_lower 10 5 ns/op\n")).isTrue();
        assertThat(createReader().detect(temp, "Benchmarkfoo 10 5 ns/op\n")).isFalse();
    }
}
