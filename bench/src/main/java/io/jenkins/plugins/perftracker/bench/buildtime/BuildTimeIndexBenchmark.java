package io.jenkins.plugins.perftracker.bench.buildtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.index.BuildTimeIndex;

/**
 * The per-job build-time index with a year of 10,000 build jobs (the dashboard benchmark's records, 15 stages
 * each): opening it (headers only), reading the year (cold and cached), the last week (decoding only that
 * window), and one fsync'd append.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildTimeIndexBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-21T13:45:00Z");

    @Param("10000")
    private int builds;

    private Path dir;
    private Path file;
    private BuildTimeIndex index;
    private BuildTimeRecord again;

    @Setup
    public void writeIndex() throws IOException {
        dir = Files.createTempDirectory("buildtime-index-bench");
        file = dir.resolve("buildtimes.idx");
        Random random = new Random(42);
        long spanSeconds = Duration.ofDays(364).getSeconds();
        try (BuildTimeIndex writer = BuildTimeIndex.open(file)) {
            var rebuild = writer.startRebuild();
            for (int i = 0; i < builds; i++) {
                BuildTimeRecord record = DashboardBenchmark.record(random, i,
                        NOW.minusSeconds(spanSeconds * (builds - i) / builds));
                rebuild.add(record);
                again = record;
            }
            rebuild.commit();
        }
        index = BuildTimeIndex.open(file);
    }

    @TearDown
    public void delete() throws IOException {
        index.close();
        try (var files = Files.list(dir)) {
            for (Path path : files.toList()) {
                Files.delete(path);
            }
        }
        Files.delete(dir);
    }

    @Benchmark
    public int open() throws IOException {
        try (BuildTimeIndex opened = BuildTimeIndex.open(file)) {
            return opened.size();
        }
    }

    /** Cold: a fresh instance decodes every record. */
    @Benchmark
    public int openAndReadYear() throws IOException {
        try (BuildTimeIndex opened = BuildTimeIndex.open(file)) {
            return opened.readAll().size();
        }
    }

    /** Warm: the decoded records are kept until the next change. */
    @Benchmark
    public List<BuildTimeRecord> readYearCached() throws IOException {
        return index.readAll();
    }

    @Benchmark
    public List<BuildTimeRecord> readWeek() throws IOException {
        return index.read(NOW.minus(Duration.ofDays(7)), null);
    }

    @Benchmark
    public int appendReplacing() throws IOException {
        index.append(again);
        return index.size();
    }
}
