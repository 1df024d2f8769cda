package io.jenkins.plugins.perftracker.bench.store;

import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.store.index.SeriesHistory;
import io.jenkins.plugins.perftracker.core.store.index.SeriesIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The series index: append one build (synced), read one series over 10,000 builds (target ≤ 5 ms), read the last
 * 100 builds of 10,000 series. Prints bytes per point of each index it builds (target ≤ 16).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SeriesIndexBenchmark {
    /** A job with 10,000 builds of 20 series. */
    @State(Scope.Benchmark)
    public static class LongHistory {
        Path dir;
        SeriesIndex index;

        @Setup
        public void setUp() throws IOException {
            dir = Files.createTempDirectory("index-long");
            index = SeriesIndex.recreate(dir, BenchData.history(10_000, 20));
            report("10,000 builds x 20 series", index, 10_000 * 20);
        }

        @TearDown
        public void tearDown() throws IOException {
            index.close();
            BenchData.delete(dir);
        }
    }

    /** A job with 100 builds of 10,000 series. */
    @State(Scope.Benchmark)
    public static class WideHistory {
        Path dir;
        SeriesIndex index;

        @Setup
        public void setUp() throws IOException {
            dir = Files.createTempDirectory("index-wide");
            index = SeriesIndex.recreate(dir, BenchData.history(100, 10_000));
            report("100 builds x 10,000 series", index, 100 * 10_000);
        }

        @TearDown
        public void tearDown() throws IOException {
            index.close();
            BenchData.delete(dir);
        }
    }

    /** A job with 1,000 builds of 100 series that keeps growing, one build per invocation. */
    @State(Scope.Benchmark)
    public static class Growing {
        Path dir;
        SeriesIndex index;
        int next = 1_001;
        final Random random = new Random(3);

        @Setup
        public void setUp() throws IOException {
            dir = Files.createTempDirectory("index-growing");
            index = SeriesIndex.recreate(dir, BenchData.history(1_000, 100));
        }

        @TearDown
        public void tearDown() throws IOException {
            report("appended to 100 series", index, (next - 1) * 100L);
            index.close();
            BenchData.delete(dir);
        }
    }

    static void report(final String shape, final SeriesIndex index, final long points) throws IOException {
        System.out.printf("%n%s: %,d bytes on disk, %.2f bytes/point%n", shape, index.diskBytes(),
                (double) index.diskBytes() / points);
    }

    @Benchmark
    public List<SeriesPoint> readOneSeriesOver10kBuilds(final LongHistory state) throws IOException {
        return state.index.readSeries(BenchData.key(7), 10_000);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<SeriesHistory> readLast100BuildsOf10kSeries(final WideHistory state) throws IOException {
        return state.index.readLastBuilds(100);
    }

    @Benchmark
    public int appendOneBuildOf100Series(final Growing state) throws IOException {
        state.index.append(BenchData.build(state.next, 100, state.random));
        return state.next++;
    }
}
