package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class RefinementTest {
    private final Refinement refinement = new Refinement(ChangePointOptions.defaults());

    @Test
    void shouldMoveAChangePointToTheStepBetweenItsNeighbours() {
        double[] z = new Noise(41).series(300, 150, 4);
        List<ChangePoint> misplaced = List.of(StudentSplitTest.CALIBRATED.test(z, 0, 138, 300, 50));

        assertThat(refinement.refine(z, misplaced)).containsExactly(150);
    }

    @Test
    void shouldFindAStepTheWindowsMissed() {
        double[] z = new Noise(42).series(300, 200, 1.5);

        int[] found = refinement.refine(z, List.of());

        assertThat(found).hasSize(1);
        assertThat(found[0]).isBetween(197, 203);
    }

    @Test
    void shouldFindBothStepsOfALongSegment() {
        double[] z = new Noise(43).series(400, 100, 3);
        for (int i = 300; i < z.length; i++) {
            z[i] -= 6;
        }

        assertThat(refinement.refine(z, List.of())).containsExactly(100, 300);
    }

    @Test
    void shouldLeaveNoiseAlone() {
        var noise = new Noise(44);
        int found = 0;
        for (int i = 0; i < 100; i++) {
            found += refinement.refine(noise.stationary(500), List.of()).length;
        }

        assertThat(found).as("splits of 50,000 stationary values at p 0.001").isLessThanOrEqualTo(1);
    }

    @Test
    void shouldNotSplitAtSpikesTheRankTestDoesNotConfirm() {
        double[] z = new Noise(45).stationary(300);
        z[120] *= 1.5; // a spiky series: two high values at the end may be two more spikes
        z[230] *= 1.7;
        z[298] *= 1.8;
        z[299] *= 1.6;

        int tau = new SegmentScan(z).best(0, 300);
        double t = StudentSplitTest.pValue(SegmentMoments.of(z, 0, tau, 1), SegmentMoments.of(z, tau, 300, 1));

        assertThat(SplitCalibration.correctExhaustive(t, 300)).as("the t-test alone would split").isLessThan(0.001);
        assertThat(refinement.refine(z, List.of())).isEmpty();
    }
}
