package io.jenkins.plugins.perftracker.core.changepoint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions.Mode;

import static org.assertj.core.api.Assertions.*;

class ChangePointOptionsTest {
    @Test
    void shouldDefaultToRobustWithOtavasWindowAndPValue() {
        assertThat(ChangePointOptions.defaults()).isEqualTo(new ChangePointOptions(50, 0.001, 0.0, Mode.ROBUST));
        assertThat(ChangePointOptions.otava()).isEqualTo(new ChangePointOptions(50, 0.001, 0.0, Mode.OTAVA));
    }

    @Test
    void shouldCopyWithOneSettingChanged() {
        var options = ChangePointOptions.defaults().withWindow(30).withMaxPValue(0.01).withMinMagnitude(0.05)
                .withMode(Mode.RANK);

        assertThat(options).isEqualTo(new ChangePointOptions(30, 0.01, 0.05, Mode.RANK));
    }

    @ParameterizedTest
    @CsvSource({"3, 0.001, 0.0, window", "10001, 0.001, 0.0, window", "50, 0, 0.0, maxPValue",
            "50, 1, 0.0, maxPValue", "50, NaN, 0.0, maxPValue", "50, 0.01, -1, minMagnitude",
            "50, 0.01, Infinity, minMagnitude"})
    void shouldRejectSettingsOutOfRange(final int window, final double p, final double magnitude,
                                        final String named) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChangePointOptions(window, p, magnitude,
                Mode.OTAVA)).withMessageStartingWith(named);
    }

    @Test
    void shouldRequireAMode() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChangePointOptions(50, 0.01, 0, null))
                .withMessageContaining("mode");
    }

    @ParameterizedTest
    @CsvSource({"OTAVA, 0.001, 0.01", "OTAVA, 0.01, 0.1", "OTAVA, 0.05, 0.1", "OTAVA, 0.2, 0.4", "OTAVA, 0.6, 0.6",
            "CALIBRATED, 0.001, 0.1", "RANK, 0.0001, 0.01", "ROBUST, 0.001, 0.1", "CALIBRATED, 0.01, 0.2",
            "CALIBRATED, 0.1, 0.5"})
    void shouldRelaxTheThresholdForTheSplitPassAsOtavaDoes(final Mode mode, final double p, final double weak) {
        assertThat(new ChangePointOptions(50, p, 0, mode).weakPValue()).isCloseTo(weak, within(1e-12));
    }
}
