package io.jenkins.plugins.perftracker.bench.store;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.model.PerfTestBuilder;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;
import io.jenkins.plugins.perftracker.core.store.index.BuildSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/** Realistic-looking data for the storage benchmarks, generated from a fixed seed. */
final class BenchData {
    private static final long T0 = 1_700_000_000_000L;

    private BenchData() {
    }

    /** A run of {@code tests} tests with five noisy scores each, params and a few failures with messages. */
    static PerfRun run(final int tests) {
        Random random = new Random(42);
        OffsetDateTime begin = OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        PerfRunBuilder run = PerfRun.builder().title("nightly").suiteName("jmh").productVer("1.0").begin(begin);
        for (int i = 0; i < tests; i++) {
            double base = 100 + random.nextInt(100_000);
            double[] scores = new double[5];
            for (int s = 0; s < scores.length; s++) {
                scores[s] = base + random.nextGaussian() * base / 50;
            }
            PerfTestBuilder test = PerfTest.builder("benchmark" + i).group("module-" + i % 40).category("size=" + i % 7)
                    .unit("ns/op").lessIsBetter(true).scores(scores).seqNum(i).begin(begin.plusSeconds(i))
                    .end(begin.plusSeconds(i + 1)).attribs(Map.of("threads", String.valueOf(1 + i % 8)));
            run.addTest(test.build());
        }
        return run.build();
    }

    static SeriesKey key(final int series) {
        return new SeriesKey("module-" + series % 40, "benchmark" + series, "", "ns/op");
    }

    /** Build {@code build} with one point for each of {@code series} series, as a job's history holds them. */
    static BuildSummary build(final int build, final int series, final Random random) {
        long time = T0 + build * 3_600_000L + random.nextInt(600_000);
        List<BuildSummary.Entry> entries = new ArrayList<>(series);
        for (int s = 0; s < series; s++) {
            double mean = 1000 + s + random.nextGaussian() * 10;
            entries.add(new BuildSummary.Entry(new SeriesInfo(key(s), true),
                    new SeriesPoint(build, time, mean, Math.abs(random.nextGaussian()), 5, Status.SUCCESS)));
        }
        return new BuildSummary(build, time, entries);
    }

    /** {@code builds} builds of {@code series} series, generated lazily so a rebuild streams them. */
    static Iterable<BuildSummary> history(final int builds, final int series) {
        return () -> new java.util.Iterator<>() {
            private final Random random = new Random(7);
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= builds;
            }

            @Override
            public BuildSummary next() {
                return build(next++, series, random);
            }
        };
    }

    static void delete(final Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }
}
