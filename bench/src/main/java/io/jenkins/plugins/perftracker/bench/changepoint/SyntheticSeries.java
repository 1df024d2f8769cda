package io.jenkins.plugins.perftracker.bench.changepoint;

import java.util.SplittableRandom;

/**
 * Seeded synthetic build histories around a mean of 100: Gaussian noise with a CV of 2%, or heavy-tailed
 * noise (log-normal σ 0.05 with 5% upward spikes of +30..+100%, like latencies), optionally with one step.
 */
final class SyntheticSeries {
    /** The noise model. */
    enum Noise { GAUSSIAN, HEAVY_TAILED }

    static final double MEAN = 100;
    static final double CV = 0.02;

    private final SplittableRandom random;
    private final Noise noise;

    SyntheticSeries(final long seed, final Noise noise) {
        this.random = new SplittableRandom(seed);
        this.noise = noise;
    }

    /** n values; from {@code stepAt} on the level is raised by {@code sigmas} noise standard deviations. */
    double[] next(final int n, final int stepAt, final double sigmas) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            double level = MEAN * (1 + (i >= stepAt ? sigmas * CV : 0));
            values[i] = level * factor();
        }
        return values;
    }

    /** n stationary values. */
    double[] next(final int n) {
        return next(n, n, 0);
    }

    private double factor() {
        if (noise == Noise.GAUSSIAN) {
            return 1 + CV * gaussian();
        }
        double value = Math.exp(0.05 * gaussian());
        return random.nextDouble() < 0.05 ? value * (1.3 + 0.7 * random.nextDouble()) : value;
    }

    /** Box-Muller on the seeded generator: the same numbers on every JVM. */
    private double gaussian() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
