package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static io.jenkins.plugins.perftracker.core.buildtime.dashboard.Records.*;
import static org.assertj.core.api.Assertions.*;

/** The JSON shape the dashboard and /stats pages read. */
class DashboardJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldWriteEveryMetricAndChartWithItsIdsTypesAndUnits() {
        JsonNode json = JSON.valueToTree(DashboardBuilder.build(List.of(passed("1", "2026-11-21T10:00:00Z", 60)),
                Timeframe.DAY, DashboardFilter.NONE, CLOCK));

        assertThat(json.fieldNames()).toIterable().containsExactly("timeframe", "interval", "maxAgeSeconds",
                "windowStart", "windowEnd", "now", "filters", "metrics", "charts");
        assertThat(json.path("metrics")).extracting(m -> m.path("id").asText())
                .containsExactly("total", "passed", "failed", "average", "days-since-fail");
        assertThat(json.path("charts")).extracting(c -> c.path("id").asText()).containsExactly("stage-duration",
                "stage-fraction", "duration-build", "duration-job", "job-duration-matrix", "job-duration-branch",
                "builds-branch", "builds-branch-pie", "job-results", "jobs-matrix", "buildtime-hour",
                "buildtime-weekday");
        assertThat(json.path("charts")).extracting(c -> c.path("type").asText()).containsExactly("stacked-bar", "pie",
                "bar", "bar", "bar", "bar", "stacked-bar", "pie", "stacked-bar", "pie", "bar", "bar");
        assertThat(json.path("charts")).extracting(c -> c.path("unit").asText()).containsExactly("seconds",
                "seconds", "seconds", "seconds", "seconds", "seconds", "count", "count", "count", "count", "seconds",
                "seconds");
        assertThat(json.path("maxAgeSeconds").asInt()).isEqualTo(300);
        assertThat(json.path("metrics").get(4).path("value").isNull()).isTrue();
        assertThat(json.path("charts").get(8).path("series").get(0).path("colour").asText()).isEqualTo("#73d483");
    }

    @Test
    void shouldWriteTheStatsModel() {
        JsonNode json = JSON.valueToTree(StatsBuilder.build(List.of(passed("1", "2026-11-21T10:00:00Z", 60)),
                Timeframe.MONTH, CountTarget.BUILDS, CLOCK));

        assertThat(json.path("count").asText()).isEqualTo("builds");
        assertThat(json.path("interval").asText()).isEqualTo("daily");
        assertThat(json.path("charts")).extracting(c -> c.path("id").asText()).containsExactly("repos-language",
                "count-project", "count-project-pie", "substages-project", "substages-project-pie", "events-project",
                "events-project-pie");
        assertThat(json.path("charts").get(0).path("labels")).hasSize(30);
        assertThat(json.path("charts").get(2).path("labels").get(0).asText()).isEqualTo("org/app");
    }

    @Test
    void shouldNotLetCallersChangeAModel() {
        DashboardModel model = DashboardBuilder.build(List.of(), Timeframe.WEEK, DashboardFilter.NONE, CLOCK);

        assertThatThrownBy(() -> model.charts().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> model.filters().get(0).options().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(DashboardFilter.NONE).isEqualTo(new DashboardFilter(null, null, null, null, null));
    }
}
