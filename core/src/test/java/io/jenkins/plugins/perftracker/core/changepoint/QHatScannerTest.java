package io.jenkins.plugins.perftracker.core.changepoint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.*;

class QHatScannerTest {
    /** Otava's calculator test sequence (tests/change_point_divisive_test.py): change points at 5 and 8. */
    private static final double[] OTAVA_SEQUENCE = {0.3, 2.4, 1.5, -0.9, -0.5, 99.7, 98.3, 99.1,
            149.0, 149.7, 149.5, 149.1, 148.8, 150.0};

    /** Q̂ by the definition: every pair distance summed directly, O(L²) per (τ, κ). */
    private static double naiveQ(final double[] z, final int s, final int tau, final int kappa) {
        int n = tau - s;
        int m = kappa - tau;
        double cross = distances(z, s, tau, tau, kappa) * 2 / (n + m);
        double b = n > 1 ? 2.0 * m / (n + m) / (n - 1) * distances(z, s, tau, s, tau) / 2 : 0;
        double c = m > 1 ? 2.0 * n / (n + m) / (m - 1) * distances(z, tau, kappa, tau, kappa) / 2 : 0;
        return cross - b - c;
    }

    /** Σ |z_i − z_j| over i in [a, b), j in [c, d) (pairs within one range are counted twice). */
    private static double distances(final double[] z, final int a, final int b, final int c, final int d) {
        double sum = 0;
        for (int i = a; i < b; i++) {
            for (int j = c; j < d; j++) {
                sum += Math.abs(z[i] - z[j]);
            }
        }
        return sum;
    }

    /** The naive arg-max in Otava's (numpy row-major) order: smallest τ, then smallest κ. */
    private static QHatScanner.Candidate naiveBest(final double[] z, final int s, final int e) {
        int bestTau = -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int tau = s + 1; tau < e; tau++) {
            for (int kappa = tau + 1; kappa <= e; kappa++) {
                double q = naiveQ(z, s, tau, kappa);
                if (q > best) {
                    best = q;
                    bestTau = tau;
                }
            }
        }
        return new QHatScanner.Candidate(bestTau, best);
    }

    @Test
    void shouldSplitOtavasSequenceAtOneOfItsChangePoints() {
        QHatScanner.Candidate best = new QHatScanner().best(OTAVA_SEQUENCE, 0, OTAVA_SEQUENCE.length);

        assertThat(best.index()).isIn(5, 8).isEqualTo(naiveBest(OTAVA_SEQUENCE, 0, OTAVA_SEQUENCE.length).index());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 17, 50, 64})
    void shouldFindTheSameSplitAsTheDefinitionOnRandomIntervals(final int length) {
        var noise = new Noise(length);
        var scanner = new QHatScanner();
        for (int round = 0; round < 20; round++) {
            double[] z = noise.series(length + 10, 5 + noise.nextInt(length), round % 3);
            int s = noise.nextInt(10);

            QHatScanner.Candidate fast = scanner.best(z, s, s + length);
            QHatScanner.Candidate naive = naiveBest(z, s, s + length);

            assertThat(fast.index()).as("round %d", round).isEqualTo(naive.index());
            assertThat(fast.qhat()).isCloseTo(naive.qhat(), within(1e-9 * Math.max(1, Math.abs(naive.qhat()))));
        }
    }

    @Test
    void shouldPickTheFirstSplitWhenAllAreEqual() {
        double[] constant = {3, 3, 3, 3, 3, 3};

        assertThat(new QHatScanner().best(constant, 0, 6)).isEqualTo(new QHatScanner.Candidate(1, 0.0));
    }

    @Test
    void shouldUseOnlyTheValuesOfTheInterval() {
        double[] z = {1000, 1, 1, 1, 9, 9, 9, -1000};

        assertThat(new QHatScanner().best(z, 1, 7).index()).isEqualTo(4);
    }
}
