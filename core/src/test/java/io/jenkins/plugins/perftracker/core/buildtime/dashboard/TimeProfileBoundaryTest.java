package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.jenkins.plugins.perftracker.core.buildtime.dashboard.Records.*;
import static org.assertj.core.api.Assertions.*;

/** Which of the three profile windows a job falls into is decided by its finish, as the seed's timeframes. */
class TimeProfileBoundaryTest {
    @Test
    void shouldPutAJobFinishingAtTheWeekStartIntoAllThreeWindows() {
        TimeProfile profile = new TimeProfile(NOW);
        profile.add(passed("1", "2026-11-15T00:00:00Z", 3600)); // started Saturday 23:00

        ChartModel hours = profile.toCharts().get(0);

        assertThat(hours.series()).allSatisfy(s -> assertThat(s.values().get(23)).isEqualTo(3600.0));
        assertThat(profile.toCharts().get(1).series().get(0).values().get(6)).isEqualTo(3600.0);
    }

    @Test
    void shouldLeaveAJobFinishingJustBeforeTheWeekOutOfLastWeek() {
        TimeProfile profile = new TimeProfile(NOW);
        profile.add(passed("1", "2026-11-14T23:59:59Z", 60));

        List<SeriesModel> series = profile.toCharts().get(0).series();

        assertThat(series.get(0).values()).containsOnlyNulls();
        assertThat(series.get(1).values().get(23)).isEqualTo(60.0);
        assertThat(series.get(2).values().get(23)).isEqualTo(60.0);
    }

    @Test
    void shouldLeaveAJobOlderThanFiftyTwoWeeksOut() {
        TimeProfile profile = new TimeProfile(NOW);
        profile.add(passed("1", "2025-11-22T23:59:59Z", 60));

        assertThat(profile.toCharts()).allSatisfy(chart -> assertThat(chart.series())
                .allSatisfy(s -> assertThat(s.values()).containsOnlyNulls()));
    }
}
