package io.jenkins.plugins.perftracker.bench.changepoint;

import java.util.SplittableRandom;

/**
 * Seeded synthetic build histories around a mean of 100, optionally with one step of some noise standard
 * deviations. Noise models: Gaussian with a CV of 2%; spiky (log-normal σ 0.05 with 5% upward spikes of
 * +30..+100%, like latencies); Student t with 3 degrees of freedom (standard deviation 2%); log-normal σ 0.5.
 */
final class SyntheticSeries {
    /** The noise model. */
    enum Noise {
        GAUSSIAN("Gaussian CV 2%"), HEAVY_TAILED("spiky"), STUDENT_T3("Student t, 3 df"),
        LOG_NORMAL("log-normal σ 0.5");

        final String label;

        Noise(final String label) {
            this.label = label;
        }
    }

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
        return switch (noise) {
            case GAUSSIAN -> 1 + CV * gaussian();
            case HEAVY_TAILED -> {
                double value = Math.exp(0.05 * gaussian());
                yield random.nextDouble() < 0.05 ? value * (1.3 + 0.7 * random.nextDouble()) : value;
            }
            case STUDENT_T3 -> 1 + CV * studentT3() / Math.sqrt(3);
            case LOG_NORMAL -> Math.exp(0.5 * gaussian());
        };
    }

    /** Z / sqrt(χ²₃ / 3): Student t with 3 degrees of freedom (variance 3). */
    private double studentT3() {
        double z = gaussian();
        double chi = 0;
        for (int k = 0; k < 3; k++) {
            double g = gaussian();
            chi += g * g;
        }
        return z / Math.sqrt(chi / 3);
    }

    /** Box-Muller on the seeded generator: the same numbers on every JVM. */
    private double gaussian() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
