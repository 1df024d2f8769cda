package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions.Mode;

import static org.assertj.core.api.Assertions.*;

/**
 * Small seeded runs of what the accuracy harness (bench module, ChangePointAccuracy) measures at scale.
 * Seeded, so the counts are the same on every run; the bounds are loose on purpose.
 */
class DetectionAccuracyTest {
    private static final int BUILDS = 1000;
    private static final ChangePointDetector CALIBRATED =
            new ChangePointDetector(ChangePointOptions.defaults().withMode(Mode.CALIBRATED));
    private static final ChangePointDetector ROBUST = new ChangePointDetector();

    @Test
    void shouldRaiseFarFewerFalseAlarmsThanOtavaOnStationaryNoise() {
        int calibrated = falseAlarms(CALIBRATED, Noise::stationary, 60);
        int robust = falseAlarms(ROBUST, Noise::stationary, 60);
        int otava = falseAlarms(new ChangePointDetector(ChangePointOptions.otava()), Noise::stationary, 60);

        assertThat(calibrated).as("per 60,000 stationary builds").isLessThanOrEqualTo(15);
        assertThat(robust).as("per 60,000 stationary builds").isLessThanOrEqualTo(6);
        assertThat(otava).isGreaterThan(3 * Math.max(1, calibrated));
    }

    @Test
    void shouldIgnoreSpikesInRankMode() {
        var noise = new Noise(21);
        var rank = new ChangePointDetector(ChangePointOptions.defaults().withMode(Mode.RANK));
        int rankAlarms = 0;
        int studentAlarms = 0;
        for (int i = 0; i < 30; i++) {
            double[] values = noise.stationary(BUILDS);
            for (int j = 0; j < values.length; j++) {
                values[j] *= noise.nextInt(20) == 0 ? 1.6 : 1;
            }
            rankAlarms += rank.detect(values).size();
            studentAlarms += CALIBRATED.detect(values).size();
        }

        assertThat(rankAlarms).isLessThanOrEqualTo(6);
        assertThat(studentAlarms).isGreaterThan(rankAlarms);
    }

    @Test
    void shouldHoldItsFalseAlarmRateOnHeavyTailedNoiseByDefault() {
        int spikyCalibrated = falseAlarms(CALIBRATED, Noise::spiky, 20);
        int t3Calibrated = falseAlarms(CALIBRATED, Noise::studentT3, 20);
        int logNormalCalibrated = falseAlarms(CALIBRATED, Noise::logNormal, 20);

        assertThat(spikyCalibrated + t3Calibrated + logNormalCalibrated).as("the t-test is fooled by heavy tails")
                .isGreaterThan(20);
        assertThat(falseAlarms(ROBUST, Noise::spiky, 20)).as("per 20,000 builds").isLessThanOrEqualTo(2);
        assertThat(falseAlarms(ROBUST, Noise::studentT3, 20)).isLessThanOrEqualTo(2);
        assertThat(falseAlarms(ROBUST, Noise::logNormal, 20)).isLessThanOrEqualTo(2);
    }

    @Test
    void shouldFindALargeStepWithinAFewBuilds() {
        int[] calibrated = delays(CALIBRATED, 3, 22);
        int[] robust = delays(ROBUST, 3, 22);

        assertThat(calibrated[calibrated.length / 2]).as("median delay of a 3σ step").isLessThanOrEqualTo(3);
        assertThat(calibrated[calibrated.length * 9 / 10]).as("p90").isLessThanOrEqualTo(6);
        assertThat(robust[robust.length / 2]).as("median delay of a 3σ step, robust").isLessThanOrEqualTo(2);
        assertThat(robust[robust.length * 9 / 10]).as("p90, robust").isLessThanOrEqualTo(5);
    }

    @Test
    void shouldPlaceSmallStepsBetterThanTheWindowsAlone() {
        int[] calibrated = delays(CALIBRATED, 1, 23);
        int[] robust = delays(ROBUST, 1, 23);

        long foundCalibrated = Arrays.stream(calibrated).filter(d -> d <= 40).count();
        long foundRobust = Arrays.stream(robust).filter(d -> d <= 40).count();
        assertThat(foundRobust).as("1σ steps of 40 found within ±3 builds, robust").isGreaterThanOrEqualTo(26)
                .isGreaterThan(foundCalibrated);
    }

    /** Change points found in {@code series} stationary series of 1,000 builds (seed 20). */
    private static int falseAlarms(final ChangePointDetector detector, final Generator generator, final int series) {
        var noise = new Noise(20);
        int found = 0;
        for (int i = 0; i < series; i++) {
            found += detector.detect(generator.next(noise, BUILDS)).size();
        }
        return found;
    }

    /** A noise model. */
    private interface Generator {
        double[] next(Noise noise, int n);
    }

    /** Builds after a step at 200 until a change point within ±3 of it is reported (sorted; 41 = not in 40). */
    private static int[] delays(final ChangePointDetector detector, final double sigmas, final long seed) {
        var noise = new Noise(seed);
        int[] delays = new int[40];
        for (int i = 0; i < delays.length; i++) {
            delays[i] = delay(detector, noise.series(240, 200, sigmas));
        }
        Arrays.sort(delays);
        return delays;
    }

    private static int delay(final ChangePointDetector detector, final double[] values) {
        DetectionState state = detector.analyse(Arrays.copyOf(values, 200));
        for (int d = 1; 200 + d <= values.length; d++) {
            state = detector.update(state, Arrays.copyOf(values, 200 + d));
            if (state.getChangePoints().stream().anyMatch(cp -> Math.abs(cp.index() - 200) <= 3)) {
                return d;
            }
        }
        return 41;
    }
}
