package io.jenkins.plugins.perftracker.bench.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.ingest.gobench.GoBenchReader;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.report.History;
import io.jenkins.plugins.perftracker.core.report.OtavaCsv;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.SeriesTrend;

/**
 * The two text formats the CLI reads in bulk: Go benchmark text as {@code go test -bench -benchmem -count=10}
 * prints it (10,000 benchmarks × 10 runs × 3 units: 100,000 lines, 300,000 samples), and an Otava CSV of
 * 10,000 series × 1,000 builds (the {@code detect} target's input), read alone and read then analysed.
 * Run with {@code -prof gc}: {@code gc.alloc.rate.norm} is what one read allocates. File sizes are printed at
 * setup; divide by the time per read for MB/s.
 * {@code java -jar bench/target/benchmarks.jar TextFormatsBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TextFormatsBenchmark {
    private static final int GO_BENCHMARKS = 10_000;
    private static final int GO_COUNT = 10;
    private static final int CSV_SERIES = 10_000;
    private static final int CSV_BUILDS = 1_000;

    private Path dir;
    private Path go;
    private Path csv;

    @Setup(Level.Trial)
    public void writeFiles() throws IOException {
        dir = Files.createTempDirectory("bench-text");
        go = writeGo(dir.resolve("go.txt"));
        csv = writeCsv(dir.resolve("history.csv"));
        System.out.printf(Locale.ROOT, "%ngo.txt %.1f MB, history.csv %.1f MB%n", Files.size(go) / 1e6,
                Files.size(csv) / 1e6);
    }

    @TearDown(Level.Trial)
    public void deleteFiles() throws IOException {
        for (Path file : List.of(go, csv, dir)) {
            Files.deleteIfExists(file);
        }
    }

    @Benchmark
    public PerfRun readGoText() throws Exception {
        return new GoBenchReader().read(go);
    }

    @Benchmark
    public History readOtavaCsv() throws Exception {
        return OtavaCsv.read(csv, "");
    }

    /** What {@code detect history.csv} does apart from printing (the detector on the common pool). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<SeriesTrend> readAndDetectOtavaCsv() throws Exception {
        return OtavaCsv.read(csv, "").detect(new ChangePointDetector());
    }

    private static Path writeGo(final Path file) throws IOException {
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("goos: linux\ngoarch: amd64\npkg: example.com/big\ncpu: AMD EPYC 7B13\n");
            for (int run = 0; run < GO_COUNT; run++) {
                for (int b = 0; b < GO_BENCHMARKS; b++) {
                    out.write(String.format(Locale.ROOT, "BenchmarkCase/size=%d-8 \t  100000\t  %.2f ns/op\t"
                            + "  %d B/op\t  %d allocs/op%n", b, (1 + b % 1000) * (1 + 0.02 * random.nextGaussian()),
                            64 + b % 3 * 8, 1 + b % 2));
                }
            }
            out.write("PASS\nok  \texample.com/big\t12.3s\n");
        }
        return file;
    }

    private static Path writeCsv(final Path file) throws IOException {
        Random random = new Random(11);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("time,commit");
            for (int s = 0; s < CSV_SERIES; s++) {
                out.write(",metric" + s);
            }
            out.newLine();
            StringBuilder row = new StringBuilder();
            for (int b = 0; b < CSV_BUILDS; b++) {
                row.setLength(0);
                row.append(1_700_000_000L + b * 3600L).append(",c").append(b);
                for (int s = 0; s < CSV_SERIES; s++) {
                    double level = s % 10 == 0 && b >= 500 ? 110 : 100;
                    row.append(',').append(String.format(Locale.ROOT, "%.2f", level + 2 * random.nextGaussian()));
                }
                out.write(row.append('\n').toString());
            }
        }
        return file;
    }
}
