package io.jenkins.plugins.perftracker.bench.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.jenkins.plugins.perftracker.core.ingest.gobench.GoBenchReader;
import io.jenkins.plugins.perftracker.core.ingest.jmh.JmhReader;
import io.jenkins.plugins.perftracker.core.model.PerfRun;

/**
 * How fast the benchmark readers turn big result files into runs: a JMH JSON of 5,000 benchmarks (2 forks × 10
 * iterations, one GC secondary metric each; 200,000 samples) and Go text of 200,000 result lines with three units
 * (600,000 samples). Divide the file sizes printed at setup by the time per read for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BenchFormatReadBench {
    private static final int JMH_BENCHMARKS = 5_000;
    private static final int GO_LINES = 200_000;

    private Path dir;
    private Path jmh;
    private Path go;

    @Setup(Level.Trial)
    public void writeFiles() throws IOException {
        dir = Files.createTempDirectory("bench-formats");
        jmh = writeJmh(dir.resolve("jmh.json"));
        go = writeGo(dir.resolve("go.txt"));
        System.out.printf(Locale.ROOT, "%njmh.json %.1f MB, go.txt %.1f MB%n", Files.size(jmh) / 1e6,
                Files.size(go) / 1e6);
    }

    @TearDown(Level.Trial)
    public void deleteFiles() throws IOException {
        Files.deleteIfExists(jmh);
        Files.deleteIfExists(go);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public PerfRun readJmhJson() throws Exception {
        return new JmhReader().read(jmh);
    }

    @Benchmark
    public PerfRun readGoText() throws Exception {
        return new GoBenchReader().read(go);
    }

    private static Path writeJmh(final Path file) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[\n");
            for (int b = 0; b < JMH_BENCHMARKS; b++) {
                out.write(String.format(Locale.ROOT, "%s{\"jmhVersion\": \"1.37\", \"benchmark\": "
                        + "\"org.acme.Bench%d.run\", \"mode\": \"avgt\", \"threads\": 1, \"forks\": 2, "
                        + "\"jdkVersion\": \"17\", \"params\": {\"size\": \"%d\"}, \"primaryMetric\": {\"score\": 1.0, "
                        + "\"scoreUnit\": \"us/op\", \"rawData\": %s}, \"secondaryMetrics\": {\"gc.alloc.rate.norm\": "
                        + "{\"score\": 88.0, \"scoreUnit\": \"B/op\", \"rawData\": %s}}}\n", b == 0 ? "" : ",",
                        b % 50, b, raw(random), raw(random)));
            }
            out.write("]\n");
        }
        return file;
    }

    private static String raw(final Random random) {
        StringBuilder text = new StringBuilder("[");
        for (int fork = 0; fork < 2; fork++) {
            text.append(fork == 0 ? "[" : ",[");
            for (int i = 0; i < 10; i++) {
                text.append(i == 0 ? "" : ",").append(100 + random.nextGaussian());
            }
            text.append(']');
        }
        return text.append(']').toString();
    }

    private static Path writeGo(final Path file) throws IOException {
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("goos: linux\ngoarch: amd64\npkg: example.com/big\ncpu: AMD EPYC\n");
            for (int line = 0; line < GO_LINES; line++) {
                out.write(String.format(Locale.ROOT, "BenchmarkCase/n=%d-8   \t  100000\t  %.2f ns/op\t  %d B/op\t"
                        + "  %d allocs/op%n", line % 2000, 500 + random.nextGaussian() * 10, 64 + line % 3,
                        1 + line % 2));
            }
            out.write("PASS\nok  \texample.com/big\t12.3s\n");
        }
        return file;
    }
}
