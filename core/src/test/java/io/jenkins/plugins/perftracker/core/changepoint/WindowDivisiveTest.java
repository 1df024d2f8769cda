package io.jenkins.plugins.perftracker.core.changepoint;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions.Mode;

import static org.assertj.core.api.Assertions.*;

class WindowDivisiveTest {
    @Test
    void shouldSplitAWindowAtEachStepInAscendingOrder() {
        double[] values = new Noise(50).series(60, 40, 8);
        for (int i = 15; i < 60; i++) {
            values[i] += 20;
        }

        assertThat(new WindowDivisive(ChangePointOptions.otava()).changePoints(values, 0, 60)).containsExactly(15, 40);
    }

    @Test
    void shouldReportAbsoluteIndicesOfAWindowInsideTheSeries() {
        double[] values = new Noise(51).series(200, 130, 8);

        assertThat(new WindowDivisive(ChangePointOptions.defaults()).changePoints(values, 100, 150))
                .containsExactly(130);
    }

    @Test
    void shouldStopAtTheFirstSplitThatIsNotSignificant() {
        double[] noise = new Noise(52).stationary(50);

        var strict = ChangePointOptions.defaults().withMaxPValue(0.0001);

        assertThat(new WindowDivisive(strict).changePoints(noise, 0, 50)).isEmpty();
    }

    @Test
    void shouldNotSplitAtASingleSpikeInRankMode() {
        double[] values = new Noise(53).stationary(50);
        values[49] *= 3;
        var strict = ChangePointOptions.defaults().withMaxPValue(0.0001); // weak threshold 0.01 (0.001 Otava)

        assertThat(new WindowDivisive(strict.withMode(Mode.RANK)).changePoints(values, 0, 50)).isEmpty();
        assertThat(new WindowDivisive(strict.withMode(Mode.OTAVA)).changePoints(values, 0, 50)).containsExactly(49);
    }
}
