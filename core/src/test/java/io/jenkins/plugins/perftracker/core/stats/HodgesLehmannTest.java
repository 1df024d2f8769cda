package io.jenkins.plugins.perftracker.core.stats;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import static org.assertj.core.api.Assertions.*;

class HodgesLehmannTest {
    /**
     * Lower critical values of U, two-sided alpha = 0.05, from the standard Mann-Whitney table (e.g. Zar,
     * Biostatistical Analysis, Table B.11; "-" where no value exists, here -1).
     */
    @ParameterizedTest
    @CsvSource({"3,3,-1", "4,4,0", "3,5,0", "4,5,1", "5,5,2", "5,10,8", "6,6,5", "7,7,8", "8,8,13", "9,9,17", "10,10,23",
            "15,15,64", "20,20,127"})
    void shouldMatchThePublishedCriticalValues(final int m, final int n, final int expected) {
        assertThat(UDistribution.criticalValue(m, n, 0.05)).isEqualTo(expected);
        assertThat(UDistribution.criticalValue(n, m, 0.05)).isEqualTo(expected);
    }

    @Test
    void shouldApproximateLargeSamplesNearTheExactValue() {
        // normal approximation for n > 100; for 100 vs 100 the exact value is checked against it
        int exact = UDistribution.criticalValue(100, 100, 0.05);
        int approximate = UDistribution.criticalValue(101, 101, 0.05);

        assertThat(approximate - exact).isBetween(50, 150);
        assertThat(Math.abs(exact - (5000 - 1.959964 * Math.sqrt(100 * 100 * 201 / 12.0)))).isLessThan(3);
    }

    @Test
    void shouldGiveTheMedianOfPairwiseDifferencesAndMosesBounds() {
        double[] older = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] newer = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12};

        double[] shift = HodgesLehmann.shift(older, newer, 0.95);
        double[] sorted = pairwiseDifferences(older, newer);

        assertThat(shift[1]).isEqualTo(2.0);
        assertThat(shift[0]).isEqualTo(sorted[23]); // 24th smallest difference: critical value 23 + 1
        assertThat(shift[2]).isEqualTo(sorted[100 - 24]);
    }

    @Test
    void shouldReportARelativeChangeOfPositiveSamplesOnTheLogScale() {
        double[] older = {100, 101, 99, 100, 102, 98};
        double[] newer = {110, 111.1, 108.9, 110, 112.2, 107.8};

        ChangeEstimate change = HodgesLehmann.relativeChange(older, newer, 0.95);

        assertThat(change.change()).isCloseTo(0.10, within(1e-9));
        assertThat(change.lower()).isLessThan(0.10).isGreaterThan(0.05);
        assertThat(change.upper()).isGreaterThan(0.10).isLessThan(0.15);
        assertThat(change.hasInterval()).isTrue();
    }

    @Test
    void shouldLeaveTheIntervalOpenForTooFewSamples() {
        ChangeEstimate change = HodgesLehmann.relativeChange(new double[] {1, 2, 3}, new double[] {2, 3, 4}, 0.95);

        assertThat(change.change()).isCloseTo(Math.expm1(HodgesLehmann.median(
                logDifferences(new double[] {1, 2, 3}, new double[] {2, 3, 4}))), within(1e-12));
        assertThat(change.hasInterval()).isFalse();
        assertThat(change.lower()).isNegative().isInfinite();
    }

    @Test
    void shouldFallBackToTheOldMedianForNonPositiveValues() {
        ChangeEstimate change = HodgesLehmann.relativeChange(new double[] {-1, 1, 2, 4}, new double[] {1, 3, 4, 6},
                0.95);

        assertThat(change.change()).isCloseTo(2.0 / 1.5, within(1e-12));
        assertThat(HodgesLehmann.relativeChange(new double[] {-1, 0}, new double[] {1}, 0.95).hasEstimate()).isFalse();
        assertThat(HodgesLehmann.relativeChange(new double[0], new double[] {1}, 0.95).hasEstimate()).isFalse();
    }

    @Property(tries = 200)
    void shouldEqualTheBruteForceEstimate(@ForAll final long seed) {
        Random random = new Random(seed);
        double[] older = random.doubles(1 + random.nextInt(30), -5, 5).map(Math::rint).toArray();
        double[] newer = random.doubles(1 + random.nextInt(30), -5, 5).map(Math::rint).toArray();
        double[] sorted = pairwiseDifferences(older, newer);
        int u = UDistribution.criticalValue(older.length, newer.length, 0.1);

        double[] shift = HodgesLehmann.shift(older, newer, 0.9);

        int mid = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        assertThat(shift[1]).isEqualTo(median);
        if (u >= 0) {
            assertThat(shift[0]).isEqualTo(sorted[u]);
            assertThat(shift[2]).isEqualTo(sorted[sorted.length - 1 - u]);
        }
    }

    @Property(tries = 200)
    void shouldNotDependOnTheUnit(@ForAll final long seed, @ForAll @DoubleRange(min = 0.01, max = 1000) double unit) {
        Random random = new Random(seed);
        double[] older = random.doubles(2 + random.nextInt(20), 1, 2).toArray();
        double[] newer = random.doubles(2 + random.nextInt(20), 1, 2).toArray();

        ChangeEstimate plain = HodgesLehmann.relativeChange(older, newer, 0.95);
        ChangeEstimate scaled = HodgesLehmann.relativeChange(TwoSampleTestsPropertyTest.scaled(older, unit),
                TwoSampleTestsPropertyTest.scaled(newer, unit), 0.95);

        assertThat(scaled.change()).isCloseTo(plain.change(), within(1e-9));
        assertThat(scaled.lower()).isCloseTo(plain.lower(), within(1e-9));
    }

    @Property(tries = 200)
    void shouldMirrorTheChangeWhenTheSamplesSwap(@ForAll final long seed) {
        Random random = new Random(seed);
        double[] older = random.doubles(2 + random.nextInt(20), 1, 2).toArray();
        double[] newer = random.doubles(2 + random.nextInt(20), 1, 2).toArray();

        ChangeEstimate forward = HodgesLehmann.relativeChange(older, newer, 0.95);
        ChangeEstimate backward = HodgesLehmann.relativeChange(newer, older, 0.95);

        assertThat(backward.change()).isCloseTo(forward.inverse().change(), within(1e-9));
    }

    private static double[] pairwiseDifferences(final double[] older, final double[] newer) {
        double[] d = new double[older.length * newer.length];
        int k = 0;
        for (double x : older) {
            for (double y : newer) {
                d[k++] = y - x;
            }
        }
        Arrays.sort(d);
        return d;
    }

    private static double[] logDifferences(final double[] older, final double[] newer) {
        return pairwiseDifferences(Arrays.stream(older).map(Math::log).toArray(),
                Arrays.stream(newer).map(Math::log).toArray());
    }
}
