package io.jenkins.plugins.perftracker.bench.changepoint;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePoint;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions.Mode;
import io.jenkins.plugins.perftracker.core.changepoint.DetectionState;
import io.jenkins.plugins.perftracker.bench.changepoint.SyntheticSeries.Noise;

/**
 * Accuracy harness (seeded, so every run prints the same figures), per mode: false change points per 1,000
 * stationary builds under each noise model; for a step of 1, 2 and 3σ in Gaussian noise, how often a change
 * point within ±tolerance of it is reported within 40 builds, and the delay until it first is. Run:
 * {@code java -cp bench/target/benchmarks.jar io.jenkins.plugins.perftracker.bench.changepoint.ChangePointAccuracy
 * [series [MODE,MODE.. [maxPValue]]]}; {@code -Dtolerance=k} (default 3); {@code -Dtransient=n} also replays n
 * stationary series build by build and counts every change point ever reported (alarms later withdrawn too).
 */
public final class ChangePointAccuracy {
    private static final int LENGTH = 1000;
    private static final int STEP_AT = 200;
    private static final int MAX_DELAY = 40;
    private static final int TOLERANCE = Integer.getInteger("tolerance", 3);
    private static final int TRANSIENT = Integer.getInteger("transient", 0);

    private ChangePointAccuracy() {
    }

    public static void main(final String[] args) {
        int series = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        double p = args.length > 2 ? Double.parseDouble(args[2]) : ChangePointOptions.DEFAULT_P_VALUE;
        List<ChangePointOptions> all = Arrays.stream(args.length > 1 ? args[1].split(",")
                        : Arrays.stream(Mode.values()).map(Mode::name).toArray(String[]::new))
                .map(m -> ChangePointOptions.defaults().withMaxPValue(p).withMode(Mode.valueOf(m))).toList();
        System.out.println("| mode (p " + p + ") | false CPs / 1,000 builds: Gaussian | spiky | t3 | log-normal "
                + "| found within ±" + TOLERANCE + ": 1σ / 2σ / 3σ | median delay 1σ / 2σ / 3σ (p90) |"
                + (TRANSIENT > 0 ? " ever reported / 1,000 builds: Gaussian | spiky | t3 | log-normal |" : ""));
        System.out.println("|---|---|---|---|---|---|---|" + (TRANSIENT > 0 ? "---|---|---|---|" : ""));
        for (ChangePointOptions options : all) {
            var detector = new ChangePointDetector(options);
            StringBuilder row = new StringBuilder("| " + options.mode() + " |");
            for (Noise noise : Noise.values()) {
                row.append(String.format(Locale.ROOT, " %.3f |", falseAlarms(detector, noise, series)));
            }
            Steps[] steps = {steps(detector, 1, series / 4), steps(detector, 2, series / 4),
                steps(detector, 3, series / 4)};
            row.append(String.format(Locale.ROOT, " %.0f%% / %.0f%% / %.0f%% |", steps[0].found(), steps[1].found(),
                    steps[2].found()));
            row.append(" ").append(steps[0].summary()).append(" / ").append(steps[1].summary()).append(" / ")
                    .append(steps[2].summary()).append(" |");
            for (Noise noise : TRANSIENT > 0 ? Noise.values() : new Noise[0]) {
                row.append(String.format(Locale.ROOT, " %.3f |", everReported(detector, noise, TRANSIENT)));
            }
            System.out.println(row);
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

    /**
     * Distinct change points (by index) reported after any build of stationary series updated build by build,
     * per 1,000 builds: what a user notified after each build would have seen, withdrawn alarms included.
     */
    static double everReported(final ChangePointDetector detector, final Noise noise, final int series) {
        var generator = new SyntheticSeries(43, noise);
        long found = 0;
        for (int i = 0; i < series; i++) {
            double[] values = generator.next(LENGTH);
            Set<Integer> seen = new HashSet<>();
            DetectionState state = detector.analyse(Arrays.copyOf(values, 1));
            for (int n = 2; n <= LENGTH; n++) {
                state = detector.update(state, Arrays.copyOf(values, n));
                state.getChangePoints().forEach(cp -> seen.add(cp.index()));
            }
            found += seen.size();
        }
        return found * 1000.0 / ((double) series * LENGTH);
    }

    /** For each series with a step: the first update (1 = the step build itself) with a change point near it. */
    static Steps steps(final ChangePointDetector detector, final double sigmas, final int series) {
        var generator = new SyntheticSeries(7, Noise.GAUSSIAN);
        int[] delays = new int[series];
        for (int i = 0; i < series; i++) {
            delays[i] = delay(detector, generator.next(STEP_AT + MAX_DELAY, STEP_AT, sigmas));
        }
        Arrays.sort(delays);
        return new Steps(delays);
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

    /** Sorted delays; more than MAX_DELAY = not found. */
    record Steps(int[] delays) {
        double found() {
            return 100.0 * Arrays.stream(delays).filter(d -> d <= MAX_DELAY).count() / delays.length;
        }

        String summary() {
            return show(delays[delays.length / 2]) + " (" + show(delays[delays.length * 9 / 10]) + ")";
        }

        private static String show(final int delay) {
            return delay > MAX_DELAY ? ">" + MAX_DELAY : Integer.toString(delay);
        }
    }
}
