package io.jenkins.plugins.perftracker.core.stats;

import java.util.Arrays;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.*;

class TwoSampleTestsPropertyTest {
    @Property(tries = 200)
    void shouldNotDependOnTheOrderOfTheValues(@ForAll final long seed) {
        Random random = new Random(seed);
        double[] x = random.doubles(2 + random.nextInt(15), 1, 100).toArray();
        double[] y = random.doubles(2 + random.nextInt(15), 1, 100).toArray();
        double[] shuffledX = shuffle(x, random);
        double[] shuffledY = shuffle(y, random);

        assertThat(TwoSampleTests.mannWhitney(shuffledX, shuffledY)).isEqualTo(TwoSampleTests.mannWhitney(x, y));
        assertThat(TwoSampleTests.welch(shuffledX, shuffledY).pValue())
                .isCloseTo(TwoSampleTests.welch(x, y).pValue(), within(1e-12));
    }

    @Property(tries = 200)
    void shouldGiveTheSamePValueWhenTheSamplesSwapSides(@ForAll long seed,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double scale) {
        Random random = new Random(seed);
        double[] x = random.doubles(3 + random.nextInt(10), 1, 2).toArray();
        double[] y = random.doubles(3 + random.nextInt(10), 1, 2).toArray();

        assertThat(TwoSampleTests.mannWhitney(y, x).pValue())
                .isCloseTo(TwoSampleTests.mannWhitney(x, y).pValue(), within(1e-12));
        assertThat(TwoSampleTests.welch(scaled(x, scale), scaled(y, scale)).pValue())
                .isCloseTo(TwoSampleTests.welch(x, y).pValue(), within(1e-9));
        assertThat(TwoSampleTests.mannWhitney(scaled(x, scale), scaled(y, scale)).pValue())
                .isEqualTo(TwoSampleTests.mannWhitney(x, y).pValue());
    }

    @Property(tries = 100)
    void shouldAgreeWithTheExactNullDistribution(@ForAll @IntRange(min = 1, max = 12) int m,
            @ForAll @IntRange(min = 1, max = 12) int n) {
        double[] counts = UDistribution.frequencies(m, n);
        double total = Arrays.stream(counts).sum();
        double[] x = new double[m];
        double[] y = new double[n];
        for (int i = 0; i < m; i++) {
            x[i] = i;
        }
        for (int j = 0; j < n; j++) {
            y[j] = m + j;
        }
        // every x below every y: U = 0, the most extreme arrangement, probability 1 / C(m+n, m) per tail
        assertThat(counts[0] / total * 2).isCloseTo(UDistribution.minimumPValue(m, n), within(1e-12));
        assertThat(TwoSampleTests.mannWhitney(x, y).pValue())
                .isCloseTo(Math.min(1, UDistribution.minimumPValue(m, n)), within(1e-12));
    }

    private static double[] shuffle(final double[] values, final Random random) {
        double[] copy = values.clone();
        for (int i = copy.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        return copy;
    }

    static double[] scaled(final double[] values, final double factor) {
        return Arrays.stream(values).map(v -> v * factor).toArray();
    }
}
