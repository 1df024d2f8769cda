package io.jenkins.plugins.perftracker.core.badge;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.*;

class BuildtimeBadgesTest {
    @ParameterizedTest
    @CsvSource({"LATEST, WEEK, 192, buildtime, 3m 12s, blue",
            "AVG, WEEK, 45.4, buildtime (week), 45s, blue",
            "AVG, YEAR, 3605, buildtime (year), 1h 0m 5s, blue",
            "JOBS, MONTH, 17, jobs (month), 17, blue",
            "BUILDS, YEAR, 1234, builds (year), 1234, blue",
            "PASSED, WEEK, 100, passed (week), 100%, green",
            "PASSED, WEEK, 99.9, passed (week), 99%, yellow",
            "PASSED, MONTH, 75, passed (month), 75%, yellow",
            "PASSED, MONTH, 74.99, passed (month), 74%, red",
            "PASSED, YEAR, 0, passed (year), 0%, red",
            "LAST_FAIL, WEEK, 3, last fail, 3 days, green",
            "LAST_FAIL, YEAR, 2.99, last fail, 2 days, yellow",
            "LAST_FAIL, MONTH, 0, last fail, 0 days, yellow",
            "LAST_FAIL, WEEK, 400.7, last fail, 400 days, green"})
    void shouldFollowTheSeedTable(final BuildtimeBadgeType type, final BadgeInterval interval, final double value,
            final String subject, final String status, final String color) {
        Badge badge = BuildtimeBadges.badge(type, interval, OptionalDouble.of(value));

        assertThat(badge.getLabel()).isEqualTo(subject);
        assertThat(badge.getMessage()).isEqualTo(status);
        assertThat(badge.getColor().getName()).isEqualTo(color);
    }

    @ParameterizedTest
    @EnumSource(BuildtimeBadgeType.class)
    void shouldShowUnknownInLightGreyWithoutAUsableValue(final BuildtimeBadgeType type) {
        for (OptionalDouble value : new OptionalDouble[] {OptionalDouble.empty(), OptionalDouble.of(-1),
                OptionalDouble.of(Double.NaN), OptionalDouble.of(Double.POSITIVE_INFINITY)}) {
            Badge badge = BuildtimeBadges.badge(type, BadgeInterval.MONTH, value);

            assertThat(badge.getMessage()).isEqualTo("unknown");
            assertThat(badge.getColor()).isEqualTo(BadgeColor.LIGHTGREY);
        }
    }

    @Test
    void shouldKeepTheSeedSubjectsInPathNotation() {
        assertThat(BuildtimeBadges.subject(BuildtimeBadgeType.AVG, BadgeInterval.WEEK)).isEqualTo("buildtime_(week)");
        assertThat(BuildtimeBadges.subject(BuildtimeBadgeType.JOBS, BadgeInterval.MONTH)).isEqualTo("jobs_(month)");
        assertThat(BuildtimeBadges.subject(BuildtimeBadgeType.LAST_FAIL, BadgeInterval.YEAR)).isEqualTo("last_fail");
        assertThat(BuildtimeBadges.subject(BuildtimeBadgeType.LATEST, BadgeInterval.YEAR)).isEqualTo("buildtime");
    }

    @Test
    void shouldOfferTheSeedDefaultBadge() {
        Badge badge = BuildtimeBadges.defaultBadge();

        assertThat(badge.accessibleText()).isEqualTo("buildtime: trend");
        assertThat(badge.getColor()).isEqualTo(BadgeColor.BLUE);
    }

    @ParameterizedTest
    @CsvSource({"latest, LATEST", "AVG, AVG", "jobs, JOBS", "builds, BUILDS", "passed, PASSED",
            "last_fail, LAST_FAIL", "' passed ', PASSED", "median, AVG", "'', AVG", "last-fail, AVG"})
    void shouldParseTypesFallingBackToAvg(final String text, final BuildtimeBadgeType type) {
        assertThat(BuildtimeBadgeType.parse(text)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource({"week, WEEK, 7, 600", "month, MONTH, 30, 600", "year, YEAR, 364, 1800", "Year, YEAR, 364, 1800",
            "day, WEEK, 7, 600", "'', WEEK, 7, 600"})
    void shouldParseIntervalsFallingBackToWeek(final String text, final BadgeInterval interval, final int days,
            final int maxAge) {
        BadgeInterval parsed = BadgeInterval.parse(text);

        assertThat(parsed).isEqualTo(interval);
        assertThat(parsed.getLength().toDays()).isEqualTo(days);
        assertThat(parsed.getMaxAgeSeconds()).isEqualTo(maxAge);
    }

    @Test
    void shouldParseNullAsTheDefaults() {
        assertThat(BuildtimeBadgeType.parse(null)).isEqualTo(BuildtimeBadgeType.AVG);
        assertThat(BadgeInterval.parse(null)).isEqualTo(BadgeInterval.WEEK);
    }
}
