package io.jenkins.plugins.perftracker.core.changepoint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class RanksTest {
    @Test
    void shouldGiveTiesTheirAverageRank() {
        double[] out = new double[6];

        Ranks.of(new double[] {99, 30, 10, 20, 20, 20, 5, 99}, 1, 7, out);

        assertThat(out).containsExactly(6, 2, 4, 4, 4, 1);
    }

    @Test
    void shouldBeInvariantUnderMonotoneTransforms() {
        double[] z = new Noise(1).stationary(40);
        double[] exp = new double[40];
        for (int i = 0; i < z.length; i++) {
            exp[i] = Math.exp(z[i] / 10);
        }
        double[] a = new double[40];
        double[] b = new double[40];

        Ranks.of(z, 0, 40, a);
        Ranks.of(exp, 0, 40, b);

        assertThat(a).containsExactly(b);
        assertThat(a).containsExactlyInAnyOrder(java.util.stream.IntStream.rangeClosed(1, 40).asDoubleStream()
                .toArray());
    }
}
