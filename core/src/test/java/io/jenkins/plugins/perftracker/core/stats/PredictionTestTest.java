package io.jenkins.plugins.perftracker.core.stats;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import static org.assertj.core.api.Assertions.*;

class PredictionTestTest {
    private static final double[] REFERENCE = {100, 102, 98, 101, 99, 100.5};

    @Test
    void shouldMatchScipy() {
        // scipy 1.17: t = (104 - mean) / (std(ddof=1) * sqrt(1 + 1/6)) = 2.5377614616333855,
        // p = 2 * t.sf(t, 5) = 0.052035480195960236
        TestResult result = PredictionTest.test(REFERENCE, 104);

        assertThat(result.statistic()).isCloseTo(2.5377614616333855, within(1e-12));
        assertThat(result.pValue()).isCloseTo(0.052035480195960236, within(1e-12));
    }

    @Test
    void shouldHandleDegenerateReferences() {
        assertThat(PredictionTest.test(new double[] {5}, 5).isValid()).isFalse();
        assertThat(PredictionTest.test(new double[] {5, 5}, 5).pValue()).isEqualTo(1.0);
        assertThat(PredictionTest.test(new double[] {5, 5}, 6).pValue()).isZero();
        assertThat(PredictionTest.relativeChange(new double[0], 6, 0.95).hasEstimate()).isFalse();
        assertThat(PredictionTest.relativeChange(new double[] {5}, 6, 0.95).hasInterval()).isFalse();
        assertThat(PredictionTest.relativeChange(new double[] {0, 0}, 6, 0.95).hasEstimate()).isFalse();
    }

    @Property(tries = 200)
    void shouldNotDependOnTheUnitNorTheOrderOfTheReference(@ForAll final long seed,
            @ForAll @DoubleRange(min = 0.01, max = 1000) final double unit) {
        Random random = new Random(seed);
        double[] reference = random.doubles(2 + random.nextInt(20), 90, 110).toArray();
        double value = 90 + 30 * random.nextDouble();
        double[] scaled = Arrays.stream(reference).map(v -> v * unit).toArray();
        double[] reversed = new double[reference.length];
        for (int i = 0; i < reference.length; i++) {
            reversed[i] = reference[reference.length - 1 - i];
        }

        double p = PredictionTest.test(reference, value).pValue();

        assertThat(PredictionTest.test(scaled, value * unit).pValue()).isCloseTo(p, within(1e-9));
        assertThat(PredictionTest.test(reversed, value).pValue()).isCloseTo(p, within(1e-9));
        assertThat(PredictionTest.relativeChange(scaled, value * unit, 0.9).change())
                .isCloseTo(PredictionTest.relativeChange(reference, value, 0.9).change(), within(1e-9));
    }

    @Property(tries = 100)
    void shouldContainTheEstimateInItsInterval(@ForAll final long seed) {
        Random random = new Random(seed);
        double[] reference = random.doubles(2 + random.nextInt(20), 90, 110).toArray();

        ChangeEstimate change = PredictionTest.relativeChange(reference, 95 + 10 * random.nextDouble(), 0.95);

        assertThat(change.lower()).isLessThanOrEqualTo(change.change());
        assertThat(change.upper()).isGreaterThanOrEqualTo(change.change());
    }

    @Property(tries = 100)
    void shouldKeepGeometricMeansScaleEquivariant(@ForAll final long seed,
            @ForAll @DoubleRange(min = 0.01, max = 100) final double factor) {
        double[] values = new Random(seed).doubles(1 + new Random(seed).nextInt(30), 0.1, 10).toArray();
        double[] scaled = Arrays.stream(values).map(v -> v * factor).toArray();
        double[] inverses = Arrays.stream(values).map(v -> 1 / v).toArray();

        assertThat(GeometricMeans.of(scaled)).isCloseTo(factor * GeometricMeans.of(values),
                within(1e-9 * factor * GeometricMeans.of(values)));
        assertThat(GeometricMeans.of(values) * GeometricMeans.of(inverses)).isCloseTo(1.0, within(1e-9));
    }
}
