package io.jenkins.plugins.perftracker.core.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;

import static org.assertj.core.api.Assertions.*;

class RegressionReportTest {
    private static final SeriesKey OPS = new SeriesKey("Throughput", "Ops", "", "ops/s");

    @Test
    void shouldUseTheMeansOfFirstAndLastThreeForLongTags() {
        List<BuildInfo> builds = new ArrayList<>();
        List<SeriesPoint> points = new ArrayList<>();
        double[] values = {100, 110, 90, 500, 1, 50, 52, 48};
        for (int i = 0; i < values.length; i++) {
            builds.add(new BuildInfo(i + 1, 1000L * (i + 1), "v" + i, "t"));
            points.add(new SeriesPoint(i + 1, 1000L * (i + 1), values[i], 1, 3, Status.SUCCESS));
        }

        RegressionReport report = analyzer(builds).analyze(RegressionTag.of("t", builds),
                Map.of(new SeriesInfo(OPS, false), points));

        SeriesTrend ops = report.groups().get(0).series().get(0);
        assertThat(ops.ratio()).isCloseTo(50.0 / 100.0, within(1e-12));
        assertThat(ops.trendClass()).isEqualTo(TrendClass.DEGRADATION_10);
        assertThat(report.shownByDefault()).containsExactly(TrendClass.DEGRADATION_10);
    }

    @Test
    void shouldOrderPointsByTimeNotByBuildNumber() {
        List<BuildInfo> builds = List.of(new BuildInfo(1, 3000, "late", "t"), new BuildInfo(2, 1000, "early", "t"),
                new BuildInfo(3, 2000, "middle", "t"));
        List<SeriesPoint> points = List.of(new SeriesPoint(1, 0, 30, 0, 1, Status.SUCCESS),
                new SeriesPoint(2, 0, 10, 0, 1, Status.SUCCESS), new SeriesPoint(3, 0, 20, 0, 1, Status.SUCCESS));

        RegressionReport report = analyzer(builds).analyze(RegressionTag.of("t", builds),
                Map.of(new SeriesInfo(OPS, false), points));

        assertThat(report.groups().get(0).series().get(0).points()).extracting(TrendPoint::x)
                .containsExactly("early", "middle", "late");
        assertThat(report.summary().firstBuild()).isEqualTo(2);
        assertThat(report.summary().lastBuild()).isEqualTo(1);
        assertThat(report.groups().get(0).series().get(0).ratio()).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void shouldIgnorePointsOfBuildsWithoutMetadata() {
        List<BuildInfo> builds = List.of(new BuildInfo(1, 1000, "1", "t"));
        RegressionTag tag = RegressionTag.of("t", builds).withBuild(2);
        List<SeriesPoint> points = List.of(new SeriesPoint(1, 0, 10, 0, 1, Status.SUCCESS),
                new SeriesPoint(2, 0, 99, 0, 1, Status.SUCCESS));

        RegressionReport report = analyzer(builds).analyze(tag, Map.of(new SeriesInfo(OPS, false), points));

        assertThat(report.summary().builds()).isEqualTo(1);
        assertThat(report.groups().get(0).series().get(0).points()).hasSize(1);
    }

    @Test
    void shouldSerialiseToJson() throws Exception {
        List<BuildInfo> builds = List.of(new BuildInfo(1, 1000, "1.0", "t"), new BuildInfo(2, 2000, "1.1", "t"));
        List<SeriesPoint> points = List.of(new SeriesPoint(1, 0, 10, 0, 1, Status.SUCCESS),
                new SeriesPoint(2, 0, 4, 0, 1, Status.SUCCESS));

        RegressionReport report = analyzer(builds).analyze(RegressionTag.of("t", builds),
                Map.of(new SeriesInfo(OPS, false), points));
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report));

        assertThat(json.get("summary").get("tag").asText()).isEqualTo("t");
        JsonNode series = json.get("groups").get(0).get("series").get(0);
        assertThat(series.get("trendClass").asText()).isEqualTo("DEGRADATION_50");
        assertThat(series.get("ratio").asDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(json.get("classCounts").get("DEGRADATION_50").asInt()).isEqualTo(1);
    }

    private static RegressionAnalyzer analyzer(final List<BuildInfo> builds) {
        return new RegressionAnalyzer(builds.stream().collect(Collectors.toMap(BuildInfo::build,
                Function.identity())), Map.of());
    }
}
