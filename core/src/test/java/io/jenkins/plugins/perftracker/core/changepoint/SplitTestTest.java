package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.Arrays;

import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.TTest;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions.Mode;

import static org.assertj.core.api.Assertions.*;

class SplitTestTest {
    private static final double[] NO_CHANGE = {1.00, 1.02, 1.05, 0.95, 0.98, 1.00, 1.02, 1.05, 0.95, 0.98};
    private static final double[] DROP = {1.00, 1.02, 1.05, 0.95, 0.98, 0.80, 0.82, 0.85, 0.79, 0.77};

    @Test
    void shouldReproduceOtavasSignificanceTesterExamples() {
        // tests/analysis_test.py: p of the identical halves is ~1, p of the 20% drop is below 0.001
        ChangePoint same = SplitTest.of(Mode.OTAVA).test(NO_CHANGE, 0, 5, 10, 10);
        ChangePoint drop = SplitTest.of(Mode.OTAVA).test(DROP, 0, 5, 10, 10);

        assertThat(same.pValue()).isBetween(0.99, 1.01);
        assertThat(drop.pValue()).isBetween(0.0, 0.001);
    }

    @Test
    void shouldComputeThePooledStudentTestLikeCommonsStatistics() {
        var noise = new Noise(3);
        double[] z = noise.series(40, 25, 1.5);

        ChangePoint raw = SplitTest.of(Mode.OTAVA).test(z, 0, 25, 40, 2);
        double expected = TTest.withDefaults().with(DataDispersion.HOMOSCEDASTIC)
                .test(Arrays.copyOfRange(z, 0, 25), Arrays.copyOfRange(z, 25, 40)).getPValue();
        ChangePoint calibrated = SplitTest.of(Mode.CALIBRATED).test(z, 0, 25, 40, 2);

        assertThat(calibrated.pValue()).isCloseTo(expected, within(1e-12));
        assertThat(raw.pValue()).as("Otava's biased deviations make p smaller").isLessThan(expected);
    }

    @Test
    void shouldUseBiasedDeviationsInOtavaModeAndSampleDeviationsOtherwise() {
        double[] z = {1, 3, 10, 14};

        ChangePoint otava = SplitTest.of(Mode.OTAVA).test(z, 0, 2, 4, 4);
        ChangePoint calibrated = SplitTest.of(Mode.CALIBRATED).test(z, 0, 2, 4, 4);

        assertThat(otava.stdBefore()).isEqualTo(1.0);
        assertThat(otava.stdAfter()).isEqualTo(2.0);
        assertThat(calibrated.stdBefore()).isCloseTo(Math.sqrt(2), within(1e-15));
        assertThat(calibrated.meanBefore()).isEqualTo(2.0);
        assertThat(calibrated.meanAfter()).isEqualTo(12.0);
        assertThat(calibrated.forwardChange()).isEqualTo(5.0);
        assertThat(calibrated.magnitude()).isEqualTo(5.0);
    }

    @Test
    void shouldReportNoEvidenceWhenTheTestIsUndefined() {
        assertThat(SplitTest.of(Mode.OTAVA).test(new double[] {1, 2}, 0, 1, 2, 2).pValue()).isEqualTo(1.0);
        assertThat(SplitTest.of(Mode.CALIBRATED).test(new double[] {4, 4, 4, 4}, 0, 2, 4, 4).pValue())
                .isEqualTo(1.0);
        assertThat(SplitTest.of(Mode.OTAVA).test(new double[] {4, 4, 5, 5}, 0, 2, 4, 4).pValue()).isZero();
    }

    @Test
    void shouldReportZeroRelativeChangeFromAZeroMeanAsOtavaDoes() {
        ChangePoint fromZero = SplitTest.of(Mode.OTAVA).test(new double[] {0, 0, 5, 5}, 0, 2, 4, 4);

        assertThat(fromZero.forwardChange()).isZero();
        assertThat(fromZero.magnitude()).isEqualTo(1.0);
    }

    @Test
    void shouldUseTheMannWhitneyTestInRankMode() {
        double[] z = {5, 1, 4, 2, 3, 30, 9, 8, 7, 6};

        ChangePoint rank = SplitTest.of(Mode.RANK).test(z, 0, 5, 10, 2);
        double expected = MannWhitneyUTest.withDefaults().test(Arrays.copyOfRange(z, 0, 5),
                Arrays.copyOfRange(z, 5, 10)).getPValue();

        assertThat(rank.pValue()).isEqualTo(expected).isLessThan(0.01);
        assertThat(rank.meanAfter()).isEqualTo(12.0);
    }

    @Test
    void shouldIgnoreHowFarASpikeIsInRankMode() {
        double[] small = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] spike = {1, 2, 3, 4, 5, 6, 7, 8, 9, 1e6};

        assertThat(SplitTest.of(Mode.RANK).test(spike, 0, 5, 10, 10).pValue())
                .isEqualTo(SplitTest.of(Mode.RANK).test(small, 0, 5, 10, 10).pValue());
    }
}
