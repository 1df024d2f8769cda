package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.SplittableRandom;

/** Seeded Gaussian test series around 100 with a CV of 2%, optionally with a step of some sigmas. */
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
}
