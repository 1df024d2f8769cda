package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

import static io.jenkins.plugins.perftracker.core.buildtime.dashboard.Records.*;
import static org.assertj.core.api.Assertions.*;

class StatsBuilderEdgeTest {
    private static ChartModel chart(final StatsModel model, final String id) {
        return model.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void shouldLeaveRecordsOutsideTheTimeframeOut() {
        List<BuildTimeRecord> records = List.of(passed("1", "2026-11-21T01:00:00Z", 60),
                passed("2", "2026-11-20T23:59:59Z", 60));

        StatsModel day = StatsBuilder.build(records, Timeframe.DAY, CountTarget.JOBS, CLOCK);
        StatsModel week = StatsBuilder.build(records, Timeframe.WEEK, CountTarget.JOBS, CLOCK);

        assertThat(day.metrics().get(2).value()).isEqualTo(1.0);
        assertThat(week.metrics().get(2).value()).isEqualTo(2.0);
        assertThat(chart(day, "count-project").labels()).hasSize(24);
        assertThat(chart(day, "count-project").series().get(0).values().get(1)).isEqualTo(1.0);
    }

    @Test
    void shouldCountDistinctBuildsPerIntervalWithTheBuildsToggle() {
        List<BuildTimeRecord> records = List.of(passed("4.1", "2026-11-16T10:00:00Z", 60),
                passed("4.2", "2026-11-16T11:00:00Z", 60), passed("5.1", "2026-11-17T10:00:00Z", 60));

        StatsModel model = StatsBuilder.build(records, Timeframe.WEEK, CountTarget.BUILDS, CLOCK);

        assertThat(chart(model, "count-project").series().get(0).values())
                .containsExactly(0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(chart(model, "events-project-pie").series().get(0).values()).containsExactly(2.0);
    }

    @Test
    void shouldGiveZerosWithoutRecords() {
        StatsModel model = StatsBuilder.build(List.of(), Timeframe.YEAR, CountTarget.JOBS, CLOCK);

        assertThat(model.metrics()).extracting(MetricModel::value).containsOnly(0.0);
        // interval charts have no series, category charts one series without values
        assertThat(model.charts()).allSatisfy(c -> assertThat(c.series())
                .allSatisfy(s -> assertThat(s.values()).isEmpty()));
        assertThat(model.windowStart()).isEqualTo("2025-11-23T00:00:00Z");
        assertThat(model.now()).isEqualTo("2026-11-21T13:45:00Z");
    }
}
