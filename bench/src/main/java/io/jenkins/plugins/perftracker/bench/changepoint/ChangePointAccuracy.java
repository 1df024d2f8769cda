package io.jenkins.plugins.perftracker.bench.changepoint;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePoint;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions.Mode;
import io.jenkins.plugins.perftracker.core.changepoint.DetectionState;
import io.jenkins.plugins.perftracker.bench.changepoint.SyntheticSeries.Noise;

/**
 * Accuracy harness (seeded, so every run prints the same figures): false change points per 1,000 stationary
 * builds and the delay until a step is found, for each mode. Run:
 * {@code java -cp bench/target/benchmarks.jar io.jenkins.plugins.perftracker.bench.changepoint.ChangePointAccuracy
 * [series [MODE,MODE.. [maxPValue]]]}; {@code -Dtolerance=k} counts a change point within ±k builds of the step
 * (default 2)
 */
public final class ChangePointAccuracy {
    private static final int LENGTH = 1000;
    private static final int STEP_AT = 200;
    private static final int MAX_DELAY = 40;
    private static final int TOLERANCE = Integer.getInteger("tolerance", 2);

    private ChangePointAccuracy() {
    }

    public static void main(final String[] args) {
        int series = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        double p = args.length > 2 ? Double.parseDouble(args[2]) : ChangePointOptions.DEFAULT_P_VALUE;
        List<ChangePointOptions> all = Arrays.stream(args.length > 1 ? args[1].split(",")
                        : new String[] {"CALIBRATED", "RANK", "OTAVA"})
                .map(m -> ChangePointOptions.defaults().withMaxPValue(p).withMode(Mode.valueOf(m))).toList();
        System.out.println("| mode (p " + p + ") | false CPs / 1,000 builds, Gaussian CV 2% | heavy-tailed "
                + "| 1σ median / p90 / missed | 2σ | 3σ |");
        System.out.println("|---|---|---|---|---|---|");
        for (ChangePointOptions options : all) {
            var detector = new ChangePointDetector(options);
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %s | %s | %s |%n", options.mode(),
                    falseAlarms(detector, Noise.GAUSSIAN, series), falseAlarms(detector, Noise.HEAVY_TAILED, series),
                    delays(detector, 1, series / 4), delays(detector, 2, series / 4), delays(detector, 3, series / 4));
        }
    }

    /** Change points per 1,000 builds found in stationary series. */
    static double falseAlarms(final ChangePointDetector detector, final Noise noise, final int series) {
        var generator = new SyntheticSeries(42, noise);
        long found = 0;
        for (int i = 0; i < series; i++) {
            found += detector.detect(generator.next(LENGTH)).size();
        }
        return found * 1000.0 / ((double) series * LENGTH);
    }

    /** "median / p90 / missed%" of the builds after a step until a change point within ±2 of it is reported. */
    static String delays(final ChangePointDetector detector, final double sigmas, final int series) {
        var generator = new SyntheticSeries(7, Noise.GAUSSIAN);
        int[] delays = new int[series];
        for (int i = 0; i < series; i++) {
            delays[i] = delay(detector, generator.next(STEP_AT + MAX_DELAY, STEP_AT, sigmas));
        }
        Arrays.sort(delays);
        long missed = Arrays.stream(delays).filter(d -> d > MAX_DELAY).count();
        return String.format(Locale.ROOT, "%s / %s / %.0f%%", show(delays[series / 2]),
                show(delays[series * 9 / 10]), 100.0 * missed / series);
    }

    /** Builds after the step (1 = the step build itself) until it is found, by incremental updates. */
    static int delay(final ChangePointDetector detector, final double[] values) {
        DetectionState state = detector.analyse(Arrays.copyOf(values, STEP_AT));
        for (int d = 1; d <= MAX_DELAY; d++) {
            state = detector.update(state, Arrays.copyOf(values, STEP_AT + d));
            if (state.getChangePoints().stream().map(ChangePoint::index)
                    .anyMatch(index -> Math.abs(index - STEP_AT) <= TOLERANCE)) {
                return d;
            }
        }
        return MAX_DELAY + 1;
    }

    private static String show(final int delay) {
        return delay > MAX_DELAY ? ">" + MAX_DELAY : Integer.toString(delay);
    }
}
