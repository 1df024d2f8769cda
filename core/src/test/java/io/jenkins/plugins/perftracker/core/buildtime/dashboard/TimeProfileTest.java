package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

import static io.jenkins.plugins.perftracker.core.buildtime.dashboard.Records.*;
import static org.assertj.core.api.Assertions.*;

/** Charts 7 and 8: last week, month and year, whatever the selected timeframe. */
class TimeProfileTest {
    private static ChartModel chart(final List<BuildTimeRecord> records, final String id) {
        return DashboardBuilder.build(records, Timeframe.DAY, DashboardFilter.NONE, CLOCK).charts().stream()
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void shouldAverageByTheHourTheJobStartedPerWindow() {
        List<BuildTimeRecord> records = List.of(
                passed("1", "2026-11-20T05:40:00Z", 1200), // started 05:20 Friday, in week, month and year
                passed("2", "2026-11-01T05:30:00Z", 600), // started 05:20, in month and year only
                passed("3", "2026-02-01T23:59:00Z", 60)); // started 23:58 Sunday, in year only

        ChartModel hours = chart(records, "buildtime-hour");

        assertThat(hours.labels()).hasSize(24).startsWith("0:00", "1:00").endsWith("23:00");
        assertThat(hours.series()).extracting(SeriesModel::name)
                .containsExactly("Last week", "Last month", "Last year");
        assertThat(hours.series().get(0).values().get(5)).isEqualTo(1200.0);
        assertThat(hours.series().get(1).values().get(5)).isEqualTo(900.0);
        assertThat(hours.series().get(2).values().get(5)).isEqualTo(900.0);
        assertThat(hours.series().get(2).values().get(23)).isEqualTo(60.0);
        assertThat(hours.series().get(0).values().get(23)).isNull();
    }

    @Test
    void shouldAverageByTheWeekdayTheJobStartedFromSunday() {
        List<BuildTimeRecord> records = List.of(passed("1", "2026-11-20T05:40:00Z", 1200),
                passed("3", "2026-11-15T23:59:00Z", 60));

        ChartModel days = chart(records, "buildtime-weekday");

        assertThat(days.labels()).containsExactly("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat");
        assertThat(days.series().get(0).values()).containsExactly(60.0, null, null, null, null, 1200.0, null);
    }

    @Test
    void shouldSkipJobsWithoutStartTime() {
        BuildTimeRecord noStart = BuildTimeRecord.builder().repo("r").build("1").result(BuildResult.PASSED)
                .finishedAt(Instant.parse("2026-11-20T05:40:00Z")).build();

        ChartModel hours = chart(List.of(noStart), "buildtime-hour");

        assertThat(hours.series()).allSatisfy(s -> assertThat(s.values()).containsOnlyNulls());
    }
}
