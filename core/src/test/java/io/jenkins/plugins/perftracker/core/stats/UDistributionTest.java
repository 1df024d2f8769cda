package io.jenkins.plugins.perftracker.core.stats;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.*;

class UDistributionTest {
    @Test
    void shouldCountTheArrangementsOfSmallSamples() {
        // m = 2, n = 2: the 6 arrangements give U = 0, 1, 2, 2, 3, 4
        assertThat(UDistribution.frequencies(2, 2)).containsExactly(1, 1, 2, 1, 1);
        // m = 1, n = 3: U = 0..3 once each
        assertThat(UDistribution.frequencies(1, 3)).containsExactly(1, 1, 1, 1);
    }

    @Property(tries = 100)
    void shouldBeASymmetricDistributionOverAllArrangements(@ForAll @IntRange(min = 1, max = 25) final int m,
            @ForAll @IntRange(min = 1, max = 25) final int n) {
        double[] counts = UDistribution.frequencies(m, n);

        assertThat(Arrays.stream(counts).sum()).isCloseTo(binomial(m + n, m), within(1e-6 * binomial(m + n, m)));
        for (int u = 0; u < counts.length; u++) {
            assertThat(counts[u]).isCloseTo(counts[counts.length - 1 - u], within(1e-9 * Math.max(1, counts[u])));
        }
    }

    @Property(tries = 50)
    void shouldKeepTheTailBelowHalfAlpha(@ForAll @IntRange(min = 4, max = 40) final int m,
            @ForAll @IntRange(min = 4, max = 40) final int n) {
        int u = UDistribution.criticalValue(m, n, 0.05);
        double[] counts = UDistribution.frequencies(m, n);
        double total = Arrays.stream(counts).sum();
        double tail = Arrays.stream(counts, 0, u + 1).sum() / total;
        double next = tail + counts[u + 1] / total;

        assertThat(tail).isLessThanOrEqualTo(0.025);
        assertThat(next).isGreaterThan(0.025);
    }

    @Test
    void shouldKnowTheSmallestReachablePValue() {
        assertThat(UDistribution.minimumPValue(4, 4)).isCloseTo(2.0 / 70, within(1e-15));
        assertThat(UDistribution.minimumPValue(3, 3)).isCloseTo(0.1, within(1e-15));
        assertThat(UDistribution.minimumPValue(1, 1)).isEqualTo(1.0);
    }

    @Test
    void shouldRefuseNonsense() {
        assertThatIllegalArgumentException().isThrownBy(() -> UDistribution.criticalValue(0, 3, 0.05));
        assertThatIllegalArgumentException().isThrownBy(() -> UDistribution.criticalValue(3, 3, 1.5));
    }

    private static double binomial(final int n, final int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}
