package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.Arrays;

import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class RankSumTest {
    @ParameterizedTest(name = "{0} + {1} values, ties: {2}")
    @CsvSource({"1, 5, false", "2, 25, false", "3, 47, false", "10, 10, false", "25, 25, false", "5, 40, false",
            "3, 200, false", "100, 150, false", "8, 12, true", "40, 60, true"})
    void shouldAgreeWithCommonsStatistics(final int n1, final int n2, final boolean ties) {
        var noise = new Noise(n1 * 1000L + n2);
        for (int round = 0; round < 25; round++) {
            double[] z = noise.series(n1 + n2, n1, round % 4);
            if (ties) {
                for (int i = 0; i < z.length; i++) {
                    z[i] = Math.round(z[i]);
                }
            }
            double expected = MannWhitneyUTest.withDefaults().test(Arrays.copyOfRange(z, 0, n1),
                    Arrays.copyOfRange(z, n1, n1 + n2)).getPValue();

            assertThat(RankSum.pValue(z, 0, n1, n1 + n2)).as("round %d", round)
                    .isCloseTo(expected, within(1e-12 + 1e-9 * expected));
        }
    }

    @Test
    void shouldApproximateWhereCommonsStatisticsIsStillExact() {
        double[] z = new Noise(60).series(60, 30, 0.5);

        double expected = MannWhitneyUTest.withDefaults().test(Arrays.copyOfRange(z, 0, 30),
                Arrays.copyOfRange(z, 30, 60)).getPValue();

        assertThat(RankSum.pValue(z, 0, 30, 60)).isCloseTo(expected, within(0.005));
    }

    @Test
    void shouldGiveTheExactExtremeOfTheNullDistribution() {
        double[] z = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        // all of the smaller sample above the rest: 2 / C(10, 3) = 2 / 120
        assertThat(RankSum.pValue(z, 0, 7, 10)).isCloseTo(2.0 / 120, within(1e-15));
        assertThat(RankSum.pValue(z, 0, 3, 10)).isCloseTo(2.0 / 120, within(1e-15));
    }

    @Test
    void shouldSeeNoDifferenceBetweenIdenticalValues() {
        assertThat(RankSum.pValue(new double[] {5, 5, 5, 5, 5, 5}, 0, 3, 6)).isEqualTo(1.0);
    }
}
