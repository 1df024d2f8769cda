package io.jenkins.plugins.perftracker.core.badge;

import java.util.List;
import java.util.OptionalDouble;

import io.jenkins.plugins.perftracker.core.view.RegressionView;

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

    @ParameterizedTest
    @CsvSource({"PASSED, passed, brightgreen", "NOTE, note, green", "UNSTABLE, unstable, orange",
            "failure, failure, red", "'', unknown, lightgrey", "WHATEVER, unknown, lightgrey"})
    void shouldColourTheVerdictOfTheLastBuild(final String status, final String message, final String color) {
        Badge badge = PerfBadges.verdict(status);

        assertThat(badge.getLabel()).isEqualTo("perf verdict");
        assertThat(badge.getMessage()).isEqualTo(message);
        assertThat(badge.getColor().getName()).isEqualTo(color);
    }

    @Test
    void shouldCountOpenRegressionsAsTheDegradationClassesOfTheTagPage() {
        RegressionView view = new RegressionView("t", new RegressionView.Summary("t", 3, 0, 1, 3, "", ""), List.of(
                new RegressionView.ClassFilter("degradation-50", "", "", 2, true),
                new RegressionView.ClassFilter("degradation-10", "", "", 3, true),
                new RegressionView.ClassFilter("no-degradation", "", "", 40, false),
                new RegressionView.ClassFilter("improvement-10", "", "", 7, false)), List.of());

        assertThat(PerfBadges.openRegressionCount(view)).isEqualTo(5);
    }
}
