package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.badge.BadgeInterval;
import io.jenkins.plugins.perftracker.core.badge.BuildtimeBadgeType;
import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

import static io.jenkins.plugins.perftracker.core.buildtime.dashboard.Records.*;
import static org.assertj.core.api.Assertions.*;

class BadgeValuesEdgeTest {
    private static BadgeValue value(final List<BuildTimeRecord> records, final BuildtimeBadgeType type,
            final BadgeInterval interval) {
        return BadgeValues.compute(records, type, interval, CLOCK);
    }

    @Test
    void shouldTakeLatestAndLastFailFromAnyTime() {
        List<BuildTimeRecord> old = List.of(withResult("1", "2024-11-21T13:45:00Z", BuildResult.ABORTED));

        assertThat(value(old, BuildtimeBadgeType.LATEST, BadgeInterval.WEEK).getAsDouble()).isEqualTo(60);
        assertThat(value(old, BuildtimeBadgeType.LAST_FAIL, BadgeInterval.WEEK).getAsDouble()).isEqualTo(730);
        assertThat(value(old, BuildtimeBadgeType.AVG, BadgeInterval.YEAR).isPresent()).isFalse();
    }

    @Test
    void shouldTruncateThePassedPercentage() {
        List<BuildTimeRecord> records = List.of(passed("1", "2026-11-20T10:00:00Z", 1),
                passed("2", "2026-11-20T10:00:00Z", 1), withResult("3", "2026-11-20T10:00:00Z", BuildResult.FAILED));

        assertThat(value(records, BuildtimeBadgeType.PASSED, BadgeInterval.WEEK).getAsDouble()).isEqualTo(66);
    }

    @Test
    void shouldCountAJobStoredTwiceOnce() {
        List<BuildTimeRecord> records = List.of(passed("5.1", "2026-11-20T10:00:00Z", 10),
                passed("5.1", "2026-11-20T11:00:00Z", 10), withResult("5.2", "2026-11-20T10:00:00Z",
                        BuildResult.FAILED));

        assertThat(value(records, BuildtimeBadgeType.JOBS, BadgeInterval.WEEK).getAsDouble()).isEqualTo(2);
        assertThat(value(records, BuildtimeBadgeType.BUILDS, BadgeInterval.WEEK).getAsDouble()).isEqualTo(1);
        assertThat(value(records, BuildtimeBadgeType.PASSED, BadgeInterval.WEEK).getAsDouble()).isEqualTo(50);
    }

    @Test
    void shouldKeepFractionalSecondsInDurations() {
        BuildTimeRecord record = job("1", "2026-11-20T10:00:00Z", 0).duration(Duration.ofMillis(1500)).build();

        assertThat(value(List.of(record), BuildtimeBadgeType.AVG, BadgeInterval.WEEK).getAsDouble()).isEqualTo(1.5);
        assertThat(value(List.of(record), BuildtimeBadgeType.LATEST, BadgeInterval.YEAR).getAsDouble()).isEqualTo(1.5);
    }

    @Test
    void shouldCompareValuesByContent() {
        BadgeValue a = BadgeValue.of(3);

        assertThat(a).isEqualTo(BadgeValue.of(3)).hasSameHashCodeAs(BadgeValue.of(3))
                .isNotEqualTo(BadgeValue.of(4)).isNotEqualTo(BadgeValue.none()).isNotEqualTo(3.0);
        assertThat(BadgeValue.of(0)).isNotEqualTo(BadgeValue.none());
        assertThat(a.toOptionalDouble()).hasValue(3);
    }
}
