package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.*;

class TimeframeTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "DAY, 2026-11-21T00:00:00Z, 2026-11-22T00:00:00Z, 24, hourly, 300, today",
            "WEEK, 2026-11-15T00:00:00Z, 2026-11-22T00:00:00Z, 7, daily, 600, this_7_days",
            "MONTH, 2026-10-23T00:00:00Z, 2026-11-22T00:00:00Z, 30, daily, 600, this_30_days",
            // 2026-11-21 is a Saturday: the current week began on Sunday the 15th and ends before the 22nd
            "YEAR, 2025-11-23T00:00:00Z, 2026-11-22T00:00:00Z, 52, weekly, 1800, this_52_weeks"})
    void shouldSpanTheCurrentUnitAndTheOnesBefore(final Timeframe timeframe, final String start, final String end,
            final int buckets, final String interval, final int maxAge, final String keen) {
        TimeWindow window = timeframe.window(Records.NOW);

        assertThat(window.getStart()).isEqualTo(Instant.parse(start));
        assertThat(window.getEnd()).isEqualTo(Instant.parse(end));
        assertThat(window.getBucketCount()).isEqualTo(buckets);
        assertThat(window.labels()).hasSize(buckets).startsWith(start);
        assertThat(timeframe.getInterval()).isEqualTo(interval);
        assertThat(timeframe.getMaxAgeSeconds()).isEqualTo(maxAge);
        assertThat(timeframe.getKeenTimeframe()).isEqualTo(keen);
    }

    @Test
    void shouldIncludeTheStartAndExcludeTheEnd() {
        TimeWindow week = Timeframe.WEEK.window(Records.NOW);

        assertThat(week.bucket(Instant.parse("2026-11-15T00:00:00Z"))).isZero();
        assertThat(week.bucket(Instant.parse("2026-11-14T23:59:59Z"))).isEqualTo(-1);
        assertThat(week.bucket(Instant.parse("2026-11-21T23:59:59Z"))).isEqualTo(6);
        assertThat(week.bucket(Instant.parse("2026-11-22T00:00:00Z"))).isEqualTo(-1);
    }

    @Test
    void shouldPutEachTimeIntoItsHourDayOrWeek() {
        assertThat(Timeframe.DAY.window(Records.NOW).bucket(Instant.parse("2026-11-21T13:59:59Z"))).isEqualTo(13);
        assertThat(Timeframe.MONTH.window(Records.NOW).bucket(Instant.parse("2026-10-24T05:00:00Z"))).isEqualTo(1);
        TimeWindow year = Timeframe.YEAR.window(Records.NOW);
        assertThat(year.bucket(Instant.parse("2026-11-14T23:59:59Z"))).isEqualTo(50); // Saturday ends week 50
        assertThat(year.bucket(Instant.parse("2026-11-15T00:00:00Z"))).isEqualTo(51); // Sunday starts week 51
    }

    @Test
    void shouldStartYearWeeksOnSundayEvenWhenTodayIsSunday() {
        TimeWindow year = Timeframe.YEAR.window(Instant.parse("2026-11-15T08:00:00Z"));

        assertThat(year.getEnd()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
    }

    @Test
    void shouldFallBackToTheWeekForAnUnknownId() {
        assertThat(Timeframe.fromId("month")).isEqualTo(Timeframe.MONTH);
        assertThat(Timeframe.fromId("YEAR")).isEqualTo(Timeframe.YEAR);
        assertThat(Timeframe.fromId("decade")).isEqualTo(Timeframe.WEEK);
        assertThat(Timeframe.fromId(null)).isEqualTo(Timeframe.WEEK);
    }
}
