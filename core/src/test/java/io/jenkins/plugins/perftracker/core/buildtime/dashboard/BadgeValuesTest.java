package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jenkins.plugins.perftracker.core.badge.Badge;
import io.jenkins.plugins.perftracker.core.badge.BadgeInterval;
import io.jenkins.plugins.perftracker.core.badge.BuildtimeBadgeType;
import io.jenkins.plugins.perftracker.core.badge.BuildtimeBadges;
import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

import static io.jenkins.plugins.perftracker.core.buildtime.dashboard.Records.*;
import static org.assertj.core.api.Assertions.*;

/** The badge values of B3 with their unknown cases (week: since 2026-11-15, month: 10-23, year: 2025-11-23). */
class BadgeValuesTest {
    private static final List<BuildTimeRecord> RECORDS = List.of(
            passed("20.1", "2026-11-20T10:00:00Z", 100),
            job("20.2", "2026-11-20T10:00:00Z", 200).result(BuildResult.FAILED).build(),
            passed("19", "2026-11-16T10:00:00Z", 300),
            passed("18", "2026-11-01T10:00:00Z", 400),
            withResult("17", "2026-06-01T10:00:00Z", BuildResult.ERRORED),
            passed("10", "2024-01-01T10:00:00Z", 1000));

    private static BadgeValue value(final List<BuildTimeRecord> records, final String type, final String interval) {
        return BadgeValues.compute(records, BuildtimeBadgeType.parse(type), BadgeInterval.parse(interval), CLOCK);
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({"avg, week, 200", "avg, month, 250", "avg, year, 212", "jobs, week, 3", "jobs, month, 4",
            "jobs, year, 5", "builds, week, 2", "builds, year, 4", "passed, week, 66", "passed, month, 75",
            "passed, year, 60", "latest, year, 200", "last_fail, week, 1"})
    void shouldComputeEachTypeOverItsInterval(final String type, final String interval, final double expected) {
        assertThat(value(RECORDS, type, interval).getAsDouble()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"avg", "latest", "passed", "last_fail"})
    void shouldBeUnknownWithoutData(final String type) {
        BadgeValue value = value(List.of(), type, "week");

        assertThat(value.isPresent()).isFalse();
        assertThat(value.toOptionalDouble()).isEmpty();
        assertThat(value.orElse(-1)).isEqualTo(-1);
        assertThatThrownBy(value::getAsDouble).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void shouldRenderAsTheBadgePackageExpects() {
        Badge known = BuildtimeBadges.badge(BuildtimeBadgeType.AVG, BadgeInterval.WEEK,
                value(RECORDS, "avg", "week").toOptionalDouble());
        Badge unknown = BuildtimeBadges.badge(BuildtimeBadgeType.PASSED, BadgeInterval.WEEK,
                value(List.of(), "passed", "week").toOptionalDouble());

        assertThat(known.getMessage()).isEqualTo("3m 20s");
        assertThat(unknown.getMessage()).isEqualTo(BuildtimeBadges.UNKNOWN);
    }

    @Test
    void shouldCountZeroJobsAndBuildsAsAKnownZero() {
        assertThat(value(List.of(), "jobs", "week").getAsDouble()).isZero();
        assertThat(value(List.of(), "builds", "year").getAsDouble()).isZero();
    }

    @Test
    void shouldBeUnknownWhenNothingEverFailedOrTheFailureLiesInTheFuture() {
        assertThat(value(List.of(passed("1", "2026-11-20T10:00:00Z", 5)), "last_fail", "week").isPresent()).isFalse();
        assertThat(value(List.of(withResult("1", "2026-11-23T10:00:00Z", BuildResult.FAILED)), "last_fail", "week")
                .isPresent()).isFalse();
    }

    @Test
    void shouldTakeTheLatestFinishedJobAndBreakTiesByJobId() {
        List<BuildTimeRecord> records = List.of(passed("9", "2026-11-20T10:00:00Z", 50),
                passed("10", "2026-11-20T10:00:00Z", 70), passed("8", "2026-11-19T10:00:00Z", 90));

        assertThat(value(records, "latest", "week").getAsDouble()).isEqualTo(70);
    }

    @Test
    void shouldFallBackToAvgAndWeekForUnknownSegments() {
        assertThat(value(RECORDS, "speed", "decade")).isEqualTo(value(RECORDS, "avg", "week"));
    }

    @Test
    void shouldTurnNegativeAndNonFiniteNumbersIntoUnknown() {
        assertThat(BadgeValue.of(-1).isPresent()).isFalse();
        assertThat(BadgeValue.of(Double.NaN).isPresent()).isFalse();
        assertThat(BadgeValue.of(Double.POSITIVE_INFINITY).isPresent()).isFalse();
        assertThat(BadgeValue.of(0).isPresent()).isTrue();
        assertThat(BadgeValue.of(3)).hasToString("3.0");
        assertThat(BadgeValue.none()).hasToString("unknown");
    }
}
