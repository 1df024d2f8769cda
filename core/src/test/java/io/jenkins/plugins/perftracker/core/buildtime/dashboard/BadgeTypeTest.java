package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.*;

/** Subjects as Buildtime Trend's badge table names them (B3). */
class BadgeTypeTest {
    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"latest, week, buildtime, false", "avg, week, buildtime_(week), true",
            "jobs, month, jobs_(month), true", "builds, year, builds_(year), true",
            "passed, week, passed_(week), true", "last_fail, year, last_fail, false"})
    void shouldNameTheSubject(final String type, final String interval, final String subject,
            final boolean usesInterval) {
        BadgeType badgeType = BadgeType.fromId(type);

        assertThat(badgeType.subject(BadgeInterval.fromId(interval))).isEqualTo(subject);
        assertThat(badgeType.usesInterval()).isEqualTo(usesInterval);
        assertThat(badgeType.id()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource({"week, WEEK", "month, MONTH", "year, YEAR", "MONTH, MONTH"})
    void shouldMapIntervalsToTimeframes(final String id, final Timeframe timeframe) {
        assertThat(BadgeInterval.fromId(id).getTimeframe()).isEqualTo(timeframe);
    }
}
