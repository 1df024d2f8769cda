package io.jenkins.plugins.perftracker.core.ingest.jmh;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.*;

/** Properties of the JMH reader on generated files: raw data survives exactly, and big files stream. */
class JmhReaderPropertyTest {
    @TempDir
    private Path temp;

    @Property(tries = 50)
    void shouldKeepEveryRawValueInForkOrderAndRecordTheForkLayout(
            @ForAll @Size(min = 1, max = 5) final List<@Size(min = 1, max = 8) List<@DoubleRange(min = 0.01,
                    max = 1e12) Double>> forks) throws Exception {
        String raw = forks.stream().map(f -> f.stream().map(d -> Double.toString(d))
                .collect(Collectors.joining(",", "[", "]"))).collect(Collectors.joining(",", "[", "]"));
        Path file = Files.writeString(Files.createTempFile("jmh", ".json"), """
                [{"benchmark": "a.B.m", "mode": "avgt", "primaryMetric": {"scoreUnit": "ns/op", "rawData": %s}}]
                """.formatted(raw));
        PerfTest test;
        try {
            test = new JmhReader().read(file).getTests().get(0);
        }
        finally {
            Files.delete(file);
        }
        assertThat(test.getScores()).containsExactly(forks.stream().flatMap(List::stream)
                .mapToDouble(Double::doubleValue).toArray());
        assertThat(test.getAttribs()).containsEntry("forks", String.valueOf(forks.size()))
                .containsEntry("iterationsPerFork", forks.stream().map(f -> String.valueOf(f.size()))
                        .collect(Collectors.joining(",")));
    }

    @Test
    void shouldStreamAFileWithManyBenchmarks() throws Exception {
        int benchmarks = 20_000;
        Path file = temp.resolve("big.json");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("[");
            for (int b = 0; b < benchmarks; b++) {
                out.write(String.format(Locale.ROOT, "%s{\"benchmark\": \"org.acme.B%d.run\", \"mode\": \"thrpt\", "
                        + "\"params\": {\"n\": \"%d\"}, \"primaryMetric\": {\"scoreUnit\": \"ops/s\", "
                        + "\"rawData\": [[%d.5, %d.25]]}}\n", b == 0 ? "" : ",", b % 100, b, b, b));
            }
            out.write("]");
        }

        PerfRun run = new JmhReader().read(file);
        assertThat(run.getTests()).hasSize(benchmarks);
        PerfTest last = run.getTests().get(benchmarks - 1);
        assertThat(last.getGroup()).isEqualTo("org.acme.B" + (benchmarks - 1) % 100);
        assertThat(last.getCategory()).isEqualTo("n=" + (benchmarks - 1));
        assertThat(last.getScores()).containsExactly(benchmarks - 1 + 0.5, benchmarks - 1 + 0.25);
    }
}
