package io.jenkins.plugins.perftracker.core.stats;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class MannWhitneyTest {
    /** benchstat's crc-old/crc-new, IEEE size=15 align=0: tied values on both sides. */
    private static final double[] OLD = {44.6, 47.3, 44.6, 46.3, 50.7, 45.8, 46.8, 44.3, 47.7, 50.6};
    private static final double[] NEW = {43.6, 45.4, 43.4, 45.3, 43.9, 46.0, 45.1, 43.8, 43.8, 44.9};

    @Test
    void shouldUseTheExactDistributionGivenTheTies() {
        TestResult result = MannWhitney.test(OLD, NEW);

        // every one of the C(20,10) = 184,756 arrangements enumerated: 2 · P(U ≤ 16) = 0.0083028…; benchstat
        // prints p=0.008 where the normal approximation gives 0.011
        assertThat(result.statistic()).isEqualTo(84.0);
        assertThat(result.pValue()).isCloseTo(0.008302842668167746, within(1e-12));
    }

    @Test
    void shouldUseTheExactDistributionWithoutTies() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {6, 7, 8, 9, 10};

        assertThat(MannWhitney.test(x, y).pValue()).isCloseTo(2.0 / 252, within(1e-15));
        assertThat(MannWhitney.test(y, x).pValue()).isCloseTo(2.0 / 252, within(1e-15));
        // scipy.stats.mannwhitneyu(method="exact") on the first five of each sample above
        assertThat(MannWhitney.test(new double[] {44.6, 47.3, 44.3, 46.3, 50.7},
                new double[] {43.6, 45.4, 43.4, 45.3, 43.9}).pValue()).isCloseTo(0.09523809523809523, within(1e-12));
    }

    @Test
    void shouldUseTheTieCorrectedNormalApproximationForLargeTiedSamples() {
        double[] x = IntStream.range(0, 30).mapToDouble(i -> i % 7).toArray();
        double[] y = IntStream.range(0, 30).mapToDouble(i -> i % 9 + 1).toArray();

        // scipy.stats.mannwhitneyu(x, y, method="asymptotic", use_continuity=True)
        assertThat(MannWhitney.test(x, y).pValue()).isCloseTo(0.008236698339101773, within(1e-9));
    }

    @Test
    void shouldSayNothingDiffersWhenAllValuesAreEqual() {
        assertThat(MannWhitney.test(new double[] {5, 5, 5}, new double[] {5, 5}).pValue()).isEqualTo(1.0);
        assertThat(MannWhitney.test(new double[0], new double[] {1}).isValid()).isFalse();
    }

    @Test
    void shouldAgreeWithTheExactDistributionWithoutTiesWhenTheTieSizesAreAllOne() {
        int[] singles = new int[12];
        java.util.Arrays.fill(singles, 1);
        for (int u = 0; u <= 36; u++) {
            assertThat(MannWhitney.exactCdf(singles, 6, 2L * u)).isCloseTo(MannWhitney.noTiesCdf(6, 6, u),
                    within(1e-12));
        }
    }
}
