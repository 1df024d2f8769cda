package io.jenkins.plugins.perftracker.core.changepoint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class ConfirmedSplitTestTest {
    private final ConfirmedSplitTest test = new ConfirmedSplitTest(ChangePointOptions.defaults());

    @Test
    void shouldReportTheLargerPValueOfARealStep() {
        double[] z = new Noise(61).series(100, 50, 4);

        ChangePoint t = StudentSplitTest.CALIBRATED.test(z, 0, 50, 100, 50);
        ChangePoint confirmed = test.test(z, 0, 50, 100, 50);

        assertThat(confirmed).isEqualTo(t.withPValue(confirmed.pValue()));
        assertThat(confirmed.pValue()).as("ranks are less sure than t of Gaussian data").isGreaterThan(t.pValue())
                .isEqualTo(SplitCalibration.correct(RankSum.pValue(z, 0, 50, 100), 50)).isLessThan(1e-10);
    }

    @Test
    void shouldTakeTheRankTestsPValueWhenSpikesFakeAShift() {
        double[] z = new Noise(62).stationary(60);
        z[57] *= 2;
        z[58] *= 2.2;
        z[59] *= 1.9;

        ChangePoint t = StudentSplitTest.CALIBRATED.test(z, 0, 57, 60, 50);
        ChangePoint confirmed = test.test(z, 0, 57, 60, 50);

        assertThat(t.pValue()).as("the t-test is fooled").isLessThan(0.001);
        assertThat(confirmed.pValue()).as("three values on top are not enough for ranks").isGreaterThan(0.001);
        assertThat(confirmed.index()).isEqualTo(57);
        assertThat(confirmed.meanAfter()).isEqualTo(t.meanAfter());
    }

    @Test
    void shouldSkipTheRankTestWhenTheTTestRejects() {
        double[] z = new Noise(63).stationary(60);

        assertThat(test.test(z, 0, 30, 60, 50)).isEqualTo(StudentSplitTest.CALIBRATED.test(z, 0, 30, 60, 50));
    }

    @Test
    void shouldRankAtMostFourWindowsEachSide() {
        double[] z = new Noise(64).series(1000, 500, 0);
        for (int i = 0; i < 250; i++) {
            z[i] += 50; // far from the split: outside the rank test's reach
        }

        assertThat(ConfirmedSplitTest.localRankP(z, 0, 500, 1000, 50))
                .isEqualTo(RankSum.pValue(z, 300, 500, 700));
    }
}
