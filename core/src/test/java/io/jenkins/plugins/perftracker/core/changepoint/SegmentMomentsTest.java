package io.jenkins.plugins.perftracker.core.changepoint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class SegmentMomentsTest {
    @Test
    void shouldComputeMeanAndDeviationWithTheRequestedDdof() {
        double[] z = {9, 2, 4, 4, 4, 5, 5, 7, 9, 9};

        SegmentMoments population = SegmentMoments.of(z, 1, 9, 0);
        SegmentMoments sample = SegmentMoments.of(z, 1, 9, 1);

        assertThat(population.n()).isEqualTo(8);
        assertThat(population.mean()).isEqualTo(5.0);
        assertThat(population.ss()).isEqualTo(32.0);
        assertThat(population.std()).isEqualTo(2.0);
        assertThat(sample.std()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-15));
    }

    @Test
    void shouldKeepTheDigitsOfLargeValuesWithSmallSpread() {
        double[] z = {1e9 + 1, 1e9 + 2, 1e9 + 3};

        assertThat(SegmentMoments.of(z, 0, 3, 1).std()).isEqualTo(1.0);
    }

    @Test
    void shouldGiveASingleValueNoSpread() {
        assertThat(SegmentMoments.of(new double[] {42}, 0, 1, 1).std()).isZero();
    }
}
