package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.Agent;
import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.Trigger;

import static io.jenkins.plugins.perftracker.core.buildtime.dashboard.Records.*;
import static org.assertj.core.api.Assertions.*;

/** The filters, their drop-down options and the JSON the page receives. */
class DashboardFilterTest {
    private static final String MON = "2026-11-16T10:00:00Z";
    private static final List<BuildTimeRecord> RECORDS = List.of(
            job("1", MON, 60).matrix(matrix("python", "3.12")).agent(Agent.of("linux-2", "ubuntu")).build(),
            job("2", MON, 60).branch("dev").result(BuildResult.FAILED).trigger(Trigger.PULL_REQUEST)
                    .matrix(matrix("python", "2.7")).agent(Agent.of("linux-10", "ubuntu")).build(),
            job("3", MON, 60).branch("").trigger(null).build(),
            job("4", "2026-10-01T00:00:00Z", 60).branch("old").build());

    private static double total(final DashboardFilter filter) {
        return DashboardBuilder.build(RECORDS, Timeframe.WEEK, filter, CLOCK).metrics().get(0).value();
    }

    @Test
    void shouldApplyEachFilterAsAnExactMatch() {
        assertThat(total(DashboardFilter.NONE)).isEqualTo(3);
        assertThat(total(new DashboardFilter("dev", null, null, null, null))).isEqualTo(1);
        assertThat(total(new DashboardFilter(null, "passed", null, null, null))).isEqualTo(2);
        assertThat(total(new DashboardFilter(null, null, "pull_request", null, null))).isEqualTo(1);
        assertThat(total(new DashboardFilter(null, null, null, "python 3.12", null))).isEqualTo(1);
        assertThat(total(new DashboardFilter(null, null, null, "python", null))).isZero();
        assertThat(total(new DashboardFilter(null, null, null, null, "linux-10"))).isEqualTo(1);
        assertThat(total(new DashboardFilter("dev", "passed", null, null, null))).isZero();
    }

    @Test
    void shouldOfferTheDistinctValuesOfTheTimeframeSortedWithoutBlanks() {
        DashboardModel model = DashboardBuilder.build(RECORDS, Timeframe.WEEK,
                new DashboardFilter("dev", null, null, null, null), CLOCK);

        assertThat(model.filters()).extracting(FilterModel::parameter).containsExactly("filter_build_matrix",
                "filter_build_result", "filter_build_trigger", "filter_branch", "filter_agent");
        assertThat(model.filters().get(0).options()).containsExactly("python 2.7", "python 3.12");
        assertThat(model.filters().get(1).options()).containsExactly("failed", "passed");
        assertThat(model.filters().get(2).options()).containsExactly("pull_request", "push");
        assertThat(model.filters().get(3).options()).containsExactly("dev", "master");
        assertThat(model.filters().get(3).selected()).isEqualTo("dev");
        assertThat(model.filters().get(4).options()).containsExactly("linux-2", "linux-10");
    }

    @Test
    void shouldOfferASelectedValueThatTheTimeframeDoesNotHold() {
        DashboardModel model = DashboardBuilder.build(RECORDS, Timeframe.WEEK,
                new DashboardFilter("release/1.0", null, null, null, null), CLOCK);

        assertThat(model.filters().get(3).options()).containsExactly("dev", "master", "release/1.0");
        assertThat(model.metrics().get(0).value()).isZero();
    }

    @Test
    void shouldSerialiseToJsonKeepingMissingValuesAsNull() throws Exception {
        DashboardModel model = DashboardBuilder.build(RECORDS, Timeframe.WEEK, DashboardFilter.NONE, CLOCK);

        JsonNode json = new ObjectMapper().valueToTree(model);

        assertThat(json.path("timeframe").asText()).isEqualTo("week");
        assertThat(json.path("windowStart").asText()).isEqualTo("2026-11-15T00:00:00Z");
        assertThat(json.path("now").asText()).isEqualTo("2026-11-21T13:45:00Z");
        assertThat(json.path("metrics").get(0).path("title").asText()).isEqualTo("Total build jobs");
        assertThat(json.path("charts").get(10).path("series").get(0).path("values").get(0).isNull()).isTrue();
        assertThat(json.path("charts").get(10).path("series").get(0).path("values").get(9).asDouble()).isEqualTo(60);
        assertThat(json.path("filters").get(3).path("options")).hasSize(2);
    }

    @Test
    void shouldGiveTheSameModelForAnyOrderOfRecords() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<BuildTimeRecord> reversed = new java.util.ArrayList<>(RECORDS);
        java.util.Collections.reverse(reversed);

        String forward = mapper.writeValueAsString(DashboardBuilder.build(RECORDS, Timeframe.MONTH,
                DashboardFilter.NONE, CLOCK));
        String backward = mapper.writeValueAsString(DashboardBuilder.build(reversed, Timeframe.MONTH,
                DashboardFilter.NONE, CLOCK));

        assertThat(backward).isEqualTo(forward);
    }
}
