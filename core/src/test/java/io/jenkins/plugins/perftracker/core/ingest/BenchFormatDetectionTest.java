package io.jenkins.plugins.perftracker.core.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.*;

/** Every benchmark sample file is claimed by its own reader and by no earlier one in the registry's order. */
class BenchFormatDetectionTest {
    @TempDir
    private Path temp;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "jmh/gab-jmh-params.json, jmh",
            "jmh/jmh137-thrpt-gc-2forks.json, jmh",
            "jmh/jmh137-sample-mode.json, jmh",
            "googlebench/gbench-test1_run1.json, googlebench",
            "googlebench/gbench-test3_run0.json, googlebench",
            "googlebench/gab-googlecpp.json, googlebench",
            "pytest-benchmark/gab-pytest.json, pytest-benchmark",
            "pytest-benchmark/pb-0030-storage.json, pytest-benchmark",
            "pytest-benchmark/pytest523-params-groups.json, pytest-benchmark",
            "hyperfine/hyperfine-sleep.json, hyperfine",
            "hyperfine/hyperfine-params-failure.json, hyperfine",
            "gotest-json/gotest-join.json, gotest-json",
            "gotest-json/go-test2json-bench.json, gotest-json",
            "gobench/perf-old.txt, gobench",
            "gobench/perf-units.txt, gobench",
            "gobench/gab-go-output.txt, gobench",
            "gobench/gobench-join.txt, gobench",
            "criterion/html_report/Fibonacci/Recursive/new/benchmark.json, criterion",
            "custom/gab-customBiggerIsBetter.json, custom",
            "custom/gab-customSmallerIsBetter2.json, custom"
    })
    void shouldDetectEachSampleAsItsOwnFormat(final String resource, final String id) throws Exception {
        Path file = Files.createDirectories(temp.resolve("new")).resolve("input");
        try (var in = getClass().getResourceAsStream("/ingest/" + resource)) {
            Files.copy(in, file);
        }

        assertThat(new ReaderRegistry().detect(file)).get().extracting(ResultReader::id).isEqualTo(id);
    }

    @Test
    void shouldDetectNothingInUnrelatedFiles() throws Exception {
        Path csv = Files.writeString(temp.resolve("a.csv"), "time,commit,metric\n1,abc,2.5\n");
        Path json = Files.writeString(temp.resolve("b.json"), "{\"name\": \"x\", \"results\": [1, 2]}");
        Path list = Files.writeString(temp.resolve("c.json"), "[1, 2, 3]");

        ReaderRegistry registry = new ReaderRegistry();
        assertThat(registry.detect(csv)).isEmpty();
        assertThat(registry.detect(json)).isEmpty();
        assertThat(registry.detect(list)).isEmpty();
        assertThat(registry.detect(temp)).isEmpty();
    }

    @Test
    void shouldListTheBenchmarkReadersMostSpecificFirst() {
        List<String> ids = new ReaderRegistry().ids();

        assertThat(ids).containsSubsequence("jmh", "googlebench", "pytest-benchmark", "hyperfine", "gotest-json",
                "criterion", "custom", "custom-bigger", "custom-smaller", "gobench");
        assertThat(ids).doesNotHaveDuplicates();
    }
}
