package io.jenkins.plugins.perftracker.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static org.assertj.core.api.Assertions.*;

/** A workspace holding results of several benchmark tools, one of them broken, read in one go. */
class BenchFormatsIngestTest {
    @TempDir
    private Path workspace;

    @Test
    void shouldReadMixedBenchmarkFilesAndReportTheBrokenOneWithItsLocation() throws Exception {
        Path jmh = copy("jmh/gab-jmh-params.json", "build/jmh-result.json");
        Path go = copy("gobench/gobench-join.txt", "go/bench.txt");
        Path hyperfine = copy("hyperfine/hyperfine-sleep.json", "hyperfine.json");
        Path gbench = copy("googlebench/gab-googlecpp.json", "cpp/out.json");
        Path criterion = workspace.resolve("target/criterion");
        for (String file : List.of("benchmark.json", "estimates.json", "sample.json")) {
            copy("criterion/html_report/Fibonacci/Recursive/new/" + file,
                    "target/criterion/Fibonacci/Recursive/new/" + file);
        }
        Path broken = Files.writeString(workspace.resolve("broken.json"),
                "[{\"jmhVersion\": \"1.37\", \"benchmark\": \"a.B.c\", \"primaryMetric\": {\"rawData\": [[1.0, ");

        IngestResult result = new Ingester().ingest(workspace, List.of(jmh, go, hyperfine, gbench, criterion, broken),
                Optional.empty());

        assertThat(result.formats().values()).contains("jmh", "gobench", "hyperfine", "googlebench", "criterion");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).contains("broken.json");
            assertThat(p.message()).contains("line 1, column", "malformed or truncated JSON");
        });
        assertThat(result.run().getTests()).extracting(PerfTest::getTag)
                .contains("wellHelloThere (thrpt)", "BenchmarkJoin/n=10", "sleep 0.01", "fib_10", "Recursive");
    }

    @Test
    void shouldApplyAnExplicitFormatToTheCustomShape() throws Exception {
        Path file = copy("custom/gab-customBiggerIsBetter.json", "bench.json");

        IngestResult smaller = new Ingester().ingest(workspace, List.of(file), Optional.of("custom-smaller"));
        IngestResult detected = new Ingester().ingest(workspace, List.of(file), Optional.empty());

        assertThat(smaller.run().getTests()).allSatisfy(t -> assertThat(t.isLessIsBetter()).isTrue());
        assertThat(detected.run().getTests()).filteredOn(t -> t.getUnit().equals("req/s"))
                .singleElement().satisfies(t -> assertThat(t.isLessIsBetter()).isFalse());
    }

    private Path copy(final String resource, final String target) throws IOException {
        Path file = workspace.resolve(target);
        Files.createDirectories(file.getParent());
        try (InputStream in = getClass().getResourceAsStream("/ingest/" + resource)) {
            Files.copy(in, file);
        }
        return file;
    }
}
