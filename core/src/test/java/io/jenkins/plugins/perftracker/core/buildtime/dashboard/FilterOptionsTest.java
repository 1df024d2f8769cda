package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.Trigger;

import static io.jenkins.plugins.perftracker.core.buildtime.dashboard.Records.*;
import static org.assertj.core.api.Assertions.*;

/** select_unique per filter: over the timeframe only and never narrowed by the other filters. */
class FilterOptionsTest {
    private static final TimeWindow WEEK = Timeframe.WEEK.window(NOW);

    @Test
    void shouldIgnoreRecordsOutsideTheTimeframe() {
        List<BuildTimeRecord> records = List.of(job("1", "2026-11-16T10:00:00Z", 1).branch("in").build(),
                job("2", "2026-11-14T10:00:00Z", 1).branch("out").build());

        List<FilterModel> filters = FilterOptions.of(records, WEEK, DashboardFilter.NONE);

        assertThat(filters.get(3).options()).containsExactly("in");
    }

    @Test
    void shouldNotNarrowOptionsByTheOtherFilters() {
        List<BuildTimeRecord> records = List.of(
                job("1", "2026-11-16T10:00:00Z", 1).branch("a").trigger(Trigger.TIMER).build(),
                job("2", "2026-11-16T10:00:00Z", 1).branch("b").result(BuildResult.ERRORED).build());

        List<FilterModel> filters = FilterOptions.of(records, WEEK, new DashboardFilter("a", "passed", "", "", ""));

        assertThat(filters.get(1).options()).containsExactly("errored", "passed");
        assertThat(filters.get(2).options()).containsExactly("push", "timer");
        assertThat(filters.get(3).options()).containsExactly("a", "b");
        assertThat(filters.get(1).selected()).isEqualTo("passed");
    }

    @Test
    void shouldOfferNothingWithoutRecordsButTheSelection() {
        List<FilterModel> filters = FilterOptions.of(List.of(), WEEK, new DashboardFilter("", "", "", "jdk 17", ""));

        assertThat(filters.get(0).options()).containsExactly("jdk 17");
        assertThat(filters.get(4).options()).isEmpty();
        assertThat(filters).extracting(FilterModel::caption)
                .containsExactly("Build matrix", "Build result", "Build trigger", "Branch", "Agent");
    }
}
