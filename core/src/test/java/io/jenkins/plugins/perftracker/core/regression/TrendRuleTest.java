package io.jenkins.plugins.perftracker.core.regression;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import static org.assertj.core.api.Assertions.*;

class TrendRuleTest {
    @Test
    void shouldFitALineThroughUpToSixPoints() {
        // numpy 2.4: polyval(polyfit(range(3), [1, 2, 4], 1), 0 / 2) = 0.8333333333333328 / 3.833333333333334
        assertThat(TrendRule.fittedEnds(new double[] {1, 2, 4}))
                .containsExactly(new double[] {0.8333333333333328, 3.833333333333334}, within(1e-12));
        // numpy: [10, 12, 11, 15, 14, 16] -> 10.142857142857142 .. 15.857142857142854, ratio 1.5633802816901405
        assertThat(TrendRule.ratio(new double[] {10, 12, 11, 15, 14, 16}, false))
                .isCloseTo(1.5633802816901405, within(1e-12));
        assertThat(TrendRule.ratio(new double[] {10, 12, 11, 15, 14, 16}, true))
                .isCloseTo(1 / 1.5633802816901405, within(1e-12));
    }

    @Test
    void shouldCompareTheMeansOfTheFirstAndLastThreeBeyondSixPoints() {
        double[] y = {10, 11, 12, 100, 0.5, 20, 21, 22};

        assertThat(TrendRule.ratio(y, false)).isCloseTo(21.0 / 11.0, within(1e-12));
        assertThat(TrendRule.ratio(y, true)).isCloseTo(11.0 / 21.0, within(1e-12));
    }

    @Test
    void shouldHandleTinySeries() {
        assertThat(TrendRule.ratio(new double[] {7}, false)).isEqualTo(1.0);
        assertThat(TrendRule.ratio(new double[0], false)).isNaN();
        assertThat(TrendRule.ratio(new double[] {5, 5}, true)).isCloseTo(1.0, within(1e-12));
    }

    @ParameterizedTest(name = "ratio {0} -> {1}")
    @CsvSource({"0.2, DEGRADATION_50", "0.4999, DEGRADATION_50", "0.5, DEGRADATION_10", "0.8999, DEGRADATION_10",
            "0.9, NO_DEGRADATION", "1.0999, NO_DEGRADATION", "1.1, IMPROVEMENT_10", "1.4999, IMPROVEMENT_10",
            "1.5, IMPROVEMENT_50", "12, IMPROVEMENT_50", "NaN, NO_DEGRADATION"})
    void shouldClassifyAsPerfTrackerDoes(final double ratio, final TrendClass expected) {
        assertThat(TrendClass.of(ratio)).isEqualTo(expected);
    }

    @Test
    void shouldLabelAndColourTheClasses() {
        assertThat(TrendClass.DEGRADATION_50.getLabel()).isEqualTo("Degradation > 50%");
        assertThat(Arrays.stream(TrendClass.values()).map(TrendClass::getColour))
                .containsExactly("#ffa0a0", "#ffe0e0", "", "#e0ffe0", "#a0ffa0");
        assertThat(TrendClass.drawsTrendLine(0.9)).isTrue();
        assertThat(TrendClass.drawsTrendLine(0.91)).isFalse();
        assertThat(TrendClass.drawsTrendLine(1.09)).isFalse();
        assertThat(TrendClass.drawsTrendLine(1.1)).isTrue();
    }

    @Property(tries = 300)
    void shouldNotDependOnTheUnitAndInvertWithTheDirection(@ForAll final long seed,
            @ForAll @DoubleRange(min = 0.01, max = 1000) final double unit) {
        java.util.Random random = new java.util.Random(seed);
        double[] y = random.doubles(1 + random.nextInt(12), 1, 100).toArray();
        double ratio = TrendRule.ratio(y, false);
        // a fitted line may cross zero (PerfTracker then divides by ~0 too): only finite positive ratios invert
        Assume.that(ratio > 0 && Double.isFinite(ratio));
        double[] scaled = Arrays.stream(y).map(v -> v * unit).toArray();

        assertThat(TrendRule.ratio(scaled, false)).isCloseTo(ratio, within(1e-9 * Math.max(1, Math.abs(ratio))));
        assertThat(TrendRule.ratio(y, true) * ratio).isCloseTo(1.0, within(1e-9));
    }
}
