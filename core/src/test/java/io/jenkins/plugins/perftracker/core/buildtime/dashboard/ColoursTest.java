package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.*;

/** The metric colour thresholds of {@code trends.js}, at and around each boundary. */
class ColoursTest {
    @ParameterizedTest(name = "{0} of {1} passed")
    @CsvSource({"0, 0, #73d483", "100, 100, #73d483", "99, 100, #eeb058", "75, 100, #eeb058", "74, 100, #fe6672",
            "3, 4, #eeb058", "0, 1, #fe6672"})
    void shouldColourPassed(final long passed, final long total, final String colour) {
        assertThat(Colours.ofPassed(passed, total)).isEqualTo(colour);
    }

    @ParameterizedTest(name = "{0} of {1} failed")
    @CsvSource({"0, 0, #73d483", "0, 100, #73d483", "1, 100, #eeb058", "25, 100, #eeb058", "26, 100, #fe6672",
            "1, 4, #eeb058", "1, 1, #fe6672"})
    void shouldColourFailed(final long failed, final long total, final String colour) {
        assertThat(Colours.ofFailed(failed, total)).isEqualTo(colour);
    }

    @Test
    void shouldColourDaysSinceFailRedOnlyOnDayZero() {
        assertThat(Colours.ofDaysSinceFail(0L)).isEqualTo(Colours.RED);
        assertThat(Colours.ofDaysSinceFail(1L)).isEqualTo(Colours.GREEN);
        assertThat(Colours.ofDaysSinceFail(null)).isEqualTo(Colours.GREEN);
    }

    @ParameterizedTest
    @CsvSource({"passed, #73d483", "failed, #fe6672", "errored, #eeb058", "aborted, #c879bb"})
    void shouldColourResults(final String result, final String colour) {
        assertThat(Colours.ofResult(result)).isEqualTo(colour);
    }
}
