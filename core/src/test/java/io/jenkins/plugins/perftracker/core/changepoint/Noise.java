package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.SplittableRandom;

/**
 * Seeded test series around 100: Gaussian with a CV of 2%, optionally with a step of some sigmas, or heavy-tailed
 * (Student t with 3 degrees of freedom, log-normal σ 0.5, or 5% upward spikes).
 */
final class Noise {
    private final SplittableRandom random;

    Noise(final long seed) {
        random = new SplittableRandom(seed);
    }

    double gaussian() {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    double[] series(final int n, final int stepAt, final double sigmas) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = 100 * (1 + (i >= stepAt ? 0.02 * sigmas : 0) + 0.02 * gaussian());
        }
        return values;
    }

    double[] stationary(final int n) {
        return series(n, n, 0);
    }

    int nextInt(final int bound) {
        return random.nextInt(bound);
    }

    /** n values 100 · (1 + 0.02 · t₃ / √3): Student t noise with 3 degrees of freedom, standard deviation 2. */
    double[] studentT3(final int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            double chi = 0;
            for (int k = 0; k < 3; k++) {
                double g = gaussian();
                chi += g * g;
            }
            values[i] = 100 * (1 + 0.02 * gaussian() / Math.sqrt(chi / 3) / Math.sqrt(3));
        }
        return values;
    }

    /** n values 100 · exp(0.5 · N(0, 1)). */
    double[] logNormal(final int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = 100 * Math.exp(0.5 * gaussian());
        }
        return values;
    }

    /** n Gaussian values of which about 5% are raised by 30..100%, like latencies. */
    double[] spiky(final int n) {
        double[] values = stationary(n);
        for (int i = 0; i < n; i++) {
            values[i] *= random.nextDouble() < 0.05 ? 1.3 + 0.7 * random.nextDouble() : 1;
        }
        return values;
    }
}
