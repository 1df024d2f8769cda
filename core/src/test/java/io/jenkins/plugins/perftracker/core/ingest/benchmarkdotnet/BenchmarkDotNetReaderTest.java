package io.jenkins.plugins.perftracker.core.ingest.benchmarkdotnet;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.AbstractLoadReaderTest;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;

import static org.assertj.core.api.Assertions.*;

class BenchmarkDotNetReaderTest extends AbstractLoadReaderTest {
    @Test
    void shouldReadMemoryWithoutOperationCountAndFilesWithoutHost() throws Exception {
        PerfRun run = read("""
                {"Benchmarks": [{"Type": "T", "Method": "M", "Parameters": "",
                  "Statistics": {"OriginalValues": [5.5, "x", 6.5]},
                  "Memory": {"Gen0Collections": 3, "BytesAllocatedPerOperation": 1024}}]}
                """);

        assertThat(run.getTests()).extracting(PerfTest::getTag).containsExactly("M", "M · allocated");
        assertThat(run.getTests().get(0).getGroup()).isEqualTo("T");
        assertThat(run.getTests().get(0).getScores()).containsExactly(5.5, 6.5);
        assertThat(run.getAttributes()).isEmpty();
    }

    @Test
    void shouldRefuseABenchmarkThatIsNotAnObject() {
        assertThatThrownBy(() -> read("{\"HostEnvironmentInfo\": {}, \"Benchmarks\": [{}, 42]}"))
                .isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).isEqualTo("$.Benchmarks[1]");
                    assertThat(e.getProblem()).isEqualTo("an object expected but was number 42");
                });
    }

    private static final String NEEDLR = "benchmarkdotnet/needlr-open-generic-report-full-compressed.json";
    private static final String FIB = "benchmarkdotnet/github-action-benchmark-fib.json";

    @Override
    protected ResultReader reader() {
        return new BenchmarkDotNetReader();
    }

    @Override
    protected List<String> realWorldFiles() {
        return List.of(NEEDLR, FIB);
    }

    @Test
    void shouldTakeResultStageWorkloadMeasurementsAsNanosecondsPerOperation() throws Exception {
        PerfRun run = reader().read(resource(NEEDLR));

        PerfTest manual = find(run, "ManualDI_ResolveOpenGeneric");
        assertThat(manual.getGroup()).isEqualTo("NexusLabs.Needlr.Benchmarks.Benchmarks.OpenGenericBenchmarks");
        assertThat(manual.getCategory()).isEmpty();
        assertThat(manual.getUnit()).isEqualTo("ns");
        assertThat(manual.isLessIsBetter()).isTrue();
        // 667011773 ns / 33554432 operations, the first Workload/Result measurement
        assertThat(manual.getScores()).hasSize(4).startsWith(19.878499895334244);
        assertThat(find(run, "Needlr_Reflection_ResolveOpenGeneric").getScores()).hasSize(5);
    }

    @Test
    void shouldMakeMemoryDiagnoserFiguresTestsOfTheirOwn() throws Exception {
        PerfRun run = reader().read(resource(NEEDLR));

        PerfTest allocated = find(run, "ManualDI_ResolveOpenGeneric · allocated");
        assertThat(allocated.getUnit()).isEqualTo("B/op");
        assertThat(allocated.getScores()).containsExactly(24.0);
        // 48 collections in 33554432 operations, per 1000 operations as BenchmarkDotNet's table shows
        assertThat(find(run, "ManualDI_ResolveOpenGeneric · Gen0").getScores()[0])
                .isCloseTo(0.001430511474609375, within(1e-15));
        assertThat(find(run, "ManualDI_ResolveOpenGeneric · Gen2").getScores()).containsExactly(0.0);
        assertThat(run.getTests()).hasSize(3 * 5);
    }

    @Test
    void shouldCopyTheHostIntoRunAttributes() throws Exception {
        PerfRun run = reader().read(resource(NEEDLR));

        assertThat(run.getAttributes()).containsEntry("BenchmarkDotNet.OsVersion", "Ubuntu 24.04.3 LTS (Noble Numbat)")
                .containsEntry("BenchmarkDotNet.BenchmarkDotNetVersion", "0.14.0")
                .doesNotContainKey("BenchmarkDotNet.ChronometerFrequency");
        assertThat(run.getTitle()).startsWith("NexusLabs.Needlr.Benchmarks.Benchmarks.OpenGenericBenchmarks-");
    }

    @Test
    void shouldFallBackToOriginalValuesWhenMeasurementsHaveNoResultStage() throws Exception {
        PerfRun run = reader().read(resource(FIB));

        PerfTest fib10 = find(run, "Fib10");
        assertThat(fib10.getGroup()).isEqualTo("Sample.Benchmarks");
        assertThat(fib10.getScores()).hasSize(14).startsWith(24.805462032556534, 24.505721479654312);
        assertThat(run.getTests()).extracting(PerfTest::getTag).containsExactly("Fib10", "Fib20");
    }

    @Test
    void shouldUseParametersAsCategory() throws Exception {
        PerfRun run = read(benchmark("\"Parameters\": \"N=1000\"", measurement(1000, 10), measurement(2000, 10)));

        PerfTest test = run.getTests().get(0);
        assertThat(test.getCategory()).isEqualTo("N=1000");
        assertThat(test.getScores()).containsExactly(100.0, 200.0);
    }

    @Test
    void shouldFailABenchmarkWithoutResults() throws Exception {
        PerfRun run = read(benchmark("\"Parameters\": \"\""));

        PerfTest test = run.getTests().get(0);
        assertThat(test.getStatus()).isEqualTo(Status.FAILED);
        assertThat(test.getErrors().getTexts()).singleElement().asString().contains("no result measurements");
    }

    @Test
    void shouldSkipNonFiniteSamplesAndKeepHugeOnes() throws Exception {
        PerfRun run = read(benchmark("\"Parameters\": \"\"", measurement(1e300, 1), measurement(5, 0),
                "{\"IterationMode\":\"Workload\",\"IterationStage\":\"Result\",\"Operations\":1,\"Nanoseconds\":NaN}"));

        assertThat(run.getTests().get(0).getScores()).containsExactly(1e300);
    }

    @Test
    void shouldNameTheJsonPathOfAValueOfTheWrongType() {
        assertThatThrownBy(() -> read(benchmark("\"Parameters\": \"\"",
                "{\"IterationMode\":\"Workload\",\"IterationStage\":\"Result\",\"Operations\":1,\"Nanoseconds\":\"x\"}")))
                .isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).isEqualTo("$.Benchmarks[0].Measurements[0].Nanoseconds");
                    assertThat(e.getProblem()).contains("a number expected but was string \"x\"");
                });
    }

    @Test
    void shouldRefuseAFileWithoutBenchmarks() {
        assertThatThrownBy(() -> read("{\"HostEnvironmentInfo\": {}}"))
                .isInstanceOf(ResultFormatException.class).hasMessageContaining("$.Benchmarks");
    }

    private static PerfTest find(final PerfRun run, final String tag) {
        return run.getTests().stream().filter(t -> t.getTag().equals(tag)).findFirst().orElseThrow();
    }

    private static String measurement(final double nanoseconds, final long operations) {
        return "{\"IterationMode\":\"Workload\",\"IterationStage\":\"Result\",\"Operations\":" + operations
                + ",\"Nanoseconds\":" + nanoseconds + "}";
    }

    private static String benchmark(final String parameters, final String... measurements) {
        return """
                {"Title": "t", "HostEnvironmentInfo": {"BenchmarkDotNetVersion": "0.13.0"},
                 "Benchmarks": [{"Namespace": "N", "Type": "T", "Method": "M", %s,
                   "Measurements": [%s]}]}
                """.formatted(parameters, String.join(",", measurements));
    }
}
