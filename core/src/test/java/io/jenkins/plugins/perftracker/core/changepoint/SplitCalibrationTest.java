package io.jenkins.plugins.perftracker.core.changepoint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.*;

class SplitCalibrationTest {
    @Test
    void shouldLeaveAFixedSplitUncorrected() {
        assertThat(SplitCalibration.correct(0.01, 2)).isEqualTo(0.01);
        assertThat(SplitCalibration.correct(1.0, 50)).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 10, 50, 1000})
    void shouldGrowWithTheSearchButStayAProbability(final int searched) {
        double previous = 0;
        for (double p = 1e-12; p < 1; p *= 3) {
            double corrected = SplitCalibration.correct(p, searched);

            assertThat(corrected).isGreaterThanOrEqualTo(p).isLessThanOrEqualTo(1.0).isGreaterThanOrEqualTo(previous);
            assertThat(SplitCalibration.correct(p, searched + 1)).isGreaterThanOrEqualTo(corrected);
            previous = corrected;
        }
    }

    @Test
    void shouldBeLessSevereThanBonferroniOverAllPositions() {
        assertThat(SplitCalibration.correct(1e-4, 50)).isBetween(1e-4 * 10, 1e-4 * 49);
    }

    /**
     * Seeded null simulation: the best split of pure noise. Raw "p ≤ 0.05" happens far more often than 5%;
     * the corrected p keeps its promise.
     */
    @Test
    void shouldMakeTheBestSplitOfNoiseAsRareAsItsPValueSays() {
        var noise = new Noise(11);
        var scanner = new QHatScanner();
        int windows = 2000;
        int rawHits = 0;
        int calibratedHits = 0;
        for (int i = 0; i < windows; i++) {
            double[] z = noise.stationary(30);
            int tau = scanner.best(z, 0, 30).index();
            double raw = StudentSplitTest.pValue(SegmentMoments.of(z, 0, tau, 1), SegmentMoments.of(z, tau, 30, 1));
            rawHits += raw <= 0.05 ? 1 : 0;
            calibratedHits += SplitCalibration.correct(raw, 30) <= 0.05 ? 1 : 0;
        }

        assertThat(rawHits / (double) windows).isGreaterThan(0.2);
        assertThat(calibratedHits / (double) windows).isLessThan(0.06);
    }

    /** The same for the split of largest |t| over all positions of a long segment (the robust mode's rescan). */
    @Test
    void shouldMakeTheLargestTOfNoiseAsRareAsItsPValueSays() {
        var noise = new Noise(12);
        int segments = 2000;
        int rawHits = 0;
        int calibratedHits = 0;
        for (int i = 0; i < segments; i++) {
            double[] z = noise.stationary(200);
            int tau = new SegmentScan(z).best(0, 200);
            double raw = StudentSplitTest.pValue(SegmentMoments.of(z, 0, tau, 1), SegmentMoments.of(z, tau, 200, 1));
            rawHits += raw <= 0.05 ? 1 : 0;
            calibratedHits += SplitCalibration.correctExhaustive(raw, 200) <= 0.05 ? 1 : 0;
        }

        assertThat(rawHits / (double) segments).isGreaterThan(0.4);
        assertThat(calibratedHits / (double) segments).isLessThan(0.06);
        assertThat(SplitCalibration.correctExhaustive(1e-4, 200)).isGreaterThan(SplitCalibration.correct(1e-4, 200));
    }
}
