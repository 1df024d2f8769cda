package io.jenkins.plugins.perftracker.core.badge;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.*;

class PerfBadgesTest {
    @ParameterizedTest
    @CsvSource({"12.345, ms, 12.3 ms", "1234567, ops/s, 1.23M ops/s", "0.5, '', 0.5", "42, ' s ', 42 s"})
    void shouldShowTheLatestValueWithItsUnit(final double value, final String unit, final String message) {
        Badge badge = PerfBadges.latestValue("latency", OptionalDouble.of(value), unit);

        assertThat(badge.getLabel()).isEqualTo("latency");
        assertThat(badge.getMessage()).isEqualTo(message);
        assertThat(badge.getColor()).isEqualTo(BadgeColor.BLUE);
    }

    @Test
    void shouldShowUnknownWithoutAValue() {
        assertThat(PerfBadges.latestValue("latency", OptionalDouble.empty(), "ms").getMessage()).isEqualTo("unknown");
        assertThat(PerfBadges.latestValue("latency", OptionalDouble.of(Double.NaN), "ms").getColor())
                .isEqualTo(BadgeColor.LIGHTGREY);
        assertThat(PerfBadges.latestValue("x", OptionalDouble.of(1), null).getMessage()).isEqualTo("1");
    }

    @ParameterizedTest
    @CsvSource({"0, 0 open, brightgreen", "1, 1 open, yellow", "2, 2 open, orange", "4, 4 open, orange",
            "5, 5 open, red", "120, 120 open, red", "-1, unknown, lightgrey"})
    void shouldColourOpenRegressionsByCount(final int count, final String message, final String color) {
        Badge badge = PerfBadges.openRegressions("nightly", count);

        assertThat(badge.getLabel()).isEqualTo("nightly regressions");
        assertThat(badge.getMessage()).isEqualTo(message);
        assertThat(badge.getColor().getName()).isEqualTo(color);
    }

    @Test
    void shouldLabelRegressionsWithoutATag() {
        assertThat(PerfBadges.openRegressions(" ", 0).getLabel()).isEqualTo("regressions");
        assertThat(PerfBadges.openRegressions(null, 0).getLabel()).isEqualTo("regressions");
    }
}
