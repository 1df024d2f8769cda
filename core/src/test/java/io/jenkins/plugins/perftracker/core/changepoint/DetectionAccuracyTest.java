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

    @Test
    void shouldRaiseFarFewerFalseAlarmsThanOtavaOnStationaryNoise() {
        int calibrated = falseAlarms(ChangePointOptions.defaults(), 60);
        int otava = falseAlarms(ChangePointOptions.otava(), 60);

        assertThat(calibrated).as("per 60,000 stationary builds").isLessThanOrEqualTo(15);
        assertThat(otava).isGreaterThan(3 * Math.max(1, calibrated));
    }

    @Test
    void shouldIgnoreSpikesInRankMode() {
        var noise = new Noise(21);
        var rank = new ChangePointDetector(ChangePointOptions.defaults().withMode(Mode.RANK));
        var student = new ChangePointDetector(ChangePointOptions.defaults());
        int rankAlarms = 0;
        int studentAlarms = 0;
        for (int i = 0; i < 30; i++) {
            double[] values = noise.stationary(BUILDS);
            for (int j = 0; j < values.length; j++) {
                values[j] *= noise.nextInt(20) == 0 ? 1.6 : 1;
            }
            rankAlarms += rank.detect(values).size();
            studentAlarms += student.detect(values).size();
        }

        assertThat(rankAlarms).isLessThanOrEqualTo(6);
        assertThat(studentAlarms).isGreaterThan(rankAlarms);
    }

    @Test
    void shouldFindALargeStepWithinAFewBuilds() {
        var noise = new Noise(22);
        var detector = new ChangePointDetector();
        int[] delays = new int[40];
        for (int i = 0; i < delays.length; i++) {
            delays[i] = delay(detector, noise.series(240, 200, 3));
        }
        Arrays.sort(delays);

        assertThat(delays[delays.length / 2]).as("median delay of a 3σ step").isLessThanOrEqualTo(3);
        assertThat(delays[delays.length * 9 / 10]).as("p90").isLessThanOrEqualTo(6);
    }

    private static int falseAlarms(final ChangePointOptions options, final int series) {
        var noise = new Noise(20);
        var detector = new ChangePointDetector(options);
        int found = 0;
        for (int i = 0; i < series; i++) {
            found += detector.detect(noise.stationary(BUILDS)).size();
        }
        return found;
    }

    private static int delay(final ChangePointDetector detector, final double[] values) {
        DetectionState state = detector.analyse(Arrays.copyOf(values, 200));
        for (int d = 1; 200 + d <= values.length; d++) {
            state = detector.update(state, Arrays.copyOf(values, 200 + d));
            if (state.getChangePoints().stream().anyMatch(cp -> Math.abs(cp.index() - 200) <= 2)) {
                return d;
            }
        }
        return Integer.MAX_VALUE;
    }
}
