package io.jenkins.plugins.perftracker.bench.changepoint;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions.Mode;
import io.jenkins.plugins.perftracker.core.changepoint.DetectionState;
import io.jenkins.plugins.perftracker.bench.changepoint.SyntheticSeries.Noise;

/**
 * The CPU time (not wall time) of one thread per series: on a shared, overloaded machine the wall time of
 * the JMH benchmark measures the neighbours, CPU time measures the code. Same data as ChangePointBenchmark.
 * {@code java -cp bench/target/benchmarks.jar io.jenkins.plugins.perftracker.bench.changepoint.ChangePointCpuTime}
 */
public final class ChangePointCpuTime {
    private static final int BUILDS = 1000;
    private static final int SERIES = 2000;
    private static final int ROUNDS = 6;

    private ChangePointCpuTime() {
    }

    public static void main(final String[] args) {
        List<double[]> histories = histories();
        for (Mode mode : Mode.values()) {
            var detector = new ChangePointDetector(ChangePointOptions.defaults().withMode(mode));
            DetectionState[] previous = histories.stream()
                    .map(values -> detector.analyse(Arrays.copyOf(values, BUILDS - 1))).toArray(DetectionState[]::new);
            double full = Double.MAX_VALUE;
            double update = Double.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) { // the best round: the least disturbed by others
                full = Math.min(full, perSeries(() -> histories.forEach(detector::analyse)));
                update = Math.min(update, perSeries(() -> {
                    for (int i = 0; i < SERIES; i++) {
                        detector.update(previous[i], histories.get(i));
                    }
                }));
            }
            System.out.printf(Locale.ROOT, "| %s | %.0f µs | %.1f µs | %.2f s |%n", mode, full, update,
                    full * 10_000 / 2 / 1e6);
        }
    }

    /** As ChangePointBenchmark: 1,000 builds, every tenth series with a 3σ step. */
    private static List<double[]> histories() {
        var generator = new SyntheticSeries(1, Noise.GAUSSIAN);
        List<double[]> histories = new ArrayList<>();
        for (int i = 0; i < SERIES; i++) {
            histories.add(i % 10 == 0 ? generator.next(BUILDS, BUILDS / 2 + i % 400, 3) : generator.next(BUILDS));
        }
        return histories;
    }

    private static double perSeries(final Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        work.run();
        return (threads.getCurrentThreadCpuTime() - start) / 1e3 / SERIES;
    }
}
