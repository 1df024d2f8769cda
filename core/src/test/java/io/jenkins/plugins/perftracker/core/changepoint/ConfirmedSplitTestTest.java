package io.jenkins.plugins.perftracker.core.changepoint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class ConfirmedSplitTestTest {
    private final ConfirmedSplitTest test = new ConfirmedSplitTest(ChangePointOptions.defaults());

    @Test
    void shouldTrustTheTTestWhereRanksCannotSpeakAndBothSidesLookGaussian() {
        double[] short10 = {1.00, 1.01, 0.99, 1.00, 1.01, 0.80, 0.81, 0.79, 0.80, 0.81};

        assertThat(RankSum.pValueAndSmallest(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10})[1])
                .as("exact").isCloseTo(2 / 252.0, within(1e-15));
        assertThat(RankSum.pValueAndSmallest(new double[] {1, 1, 3, 4, 5}, new double[] {6, 7, 8, 9, 10})[1])
                .as("ties: normal approximation").isCloseTo(0.0122, within(1e-3));
        assertThat(test.test(short10, 0, 5, 10, 10).pValue()).as("ranks of 5 + 5 values never reach 0.001")
                .isLessThan(0.001);
    }

    @Test
    void shouldReportTheLargerPValueWhereASideHasAnOutlier() {
        double[] z = new Noise(65).series(100, 50, 4);
        z[20] *= 1.5;

        ChangePoint t = StudentSplitTest.CALIBRATED.test(z, 0, 50, 100, 50);
        ChangePoint confirmed = test.test(z, 0, 50, 100, 50);

        assertThat(confirmed).isEqualTo(t.withPValue(confirmed.pValue()));
        assertThat(confirmed.pValue()).isEqualTo(Math.max(t.pValue(),
                SplitCalibration.correct(RankSum.pValue(z, 0, 50, 100), 50))).isLessThan(1e-4);
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

        z[400] *= 1.5; // an outlier: the rank test must speak

        assertThat(ConfirmedSplitTest.confirmingRankP(z, 0, 500, 1000, 50, 0.001, 50))
                .isEqualTo(RankSum.pValue(z, 300, 500, 700));
    }
}
