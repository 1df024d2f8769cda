package io.jenkins.plugins.perftracker.bench.changepoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePoint;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions;
import io.jenkins.plugins.perftracker.core.changepoint.DetectionState;
import io.jenkins.plugins.perftracker.bench.changepoint.SyntheticSeries.Noise;

/**
 * Change-point detection speed. Targets: 10,000 series × 1,000 builds in ≤ 1 s on 2 cores (batch API,
 * fork/join over series); ≤ 50 µs per series for the incremental update after one new build.
 * {@code java -jar bench/target/benchmarks.jar ChangePointBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s}
 */
@State(Scope.Benchmark)
public class ChangePointBenchmark {
    private static final int BUILDS = 1000;

    @Param({"ROBUST", "CALIBRATED", "OTAVA", "RANK"})
    private String mode;

    @Param({"10000"})
    private int series;

    private ChangePointDetector detector;
    private List<double[]> histories;
    private DetectionState[] previous;
    private ForkJoinPool pool;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        detector = new ChangePointDetector(ChangePointOptions.defaults()
                .withMode(ChangePointOptions.Mode.valueOf(mode)));
        var generator = new SyntheticSeries(1, Noise.GAUSSIAN);
        histories = new ArrayList<>(series);
        for (int i = 0; i < series; i++) {
            histories.add(i % 10 == 0 ? generator.next(BUILDS, BUILDS / 2 + i % 400, 3) : generator.next(BUILDS));
        }
        pool = new ForkJoinPool(2);
        previous = pool.submit(() -> histories.parallelStream()
                .map(values -> detector.analyse(Arrays.copyOf(values, BUILDS - 1)))
                .toArray(DetectionState[]::new)).join();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    /** All series, full analysis, on a 2-thread fork/join pool. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<List<ChangePoint>> fullAnalysisAllSeries() {
        return detector.detectAll(histories, pool);
    }

    /** One series, one new build, single thread. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public DetectionState incrementalUpdateOneSeries() {
        int i = next;
        next = (i + 1) % series;
        return detector.update(previous[i], histories.get(i));
    }

    /** One series, full analysis, single thread (for contrast with the incremental update). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public DetectionState fullAnalysisOneSeries() {
        int i = next;
        next = (i + 1) % series;
        return detector.analyse(histories.get(i));
    }
}
