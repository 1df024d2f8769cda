package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.BuildMatrix;
import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

import static io.jenkins.plugins.perftracker.core.buildtime.dashboard.Records.*;
import static org.assertj.core.api.Assertions.*;

/** Charts 1 to 6: their grouping, aggregation and intervals (week timeframe: 2026-11-15 .. 2026-11-21). */
class DashboardChartsTest {
    private static final String MON = "2026-11-16T10:00:00Z";
    private static final String TUE = "2026-11-17T10:00:00Z";

    private static ChartModel chart(final List<BuildTimeRecord> records, final String id) {
        return DashboardBuilder.build(records, Timeframe.WEEK, DashboardFilter.NONE, CLOCK).charts().stream()
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static SeriesModel series(final ChartModel chart, final String name) {
        return chart.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Double> days(final Double... values) {
        return Arrays.asList(values);
    }

    @Test
    void shouldAverageTopLevelStagesByNamePerDay() {
        StageTiming build = StageTiming.builder("build").duration(java.time.Duration.ofSeconds(20))
                .child(StageTiming.builder("compile").duration(java.time.Duration.ofSeconds(15))).build();
        List<BuildTimeRecord> records = List.of(
                job("1", MON, 60).stage(stage("build", 10)).stage(stage("test", 30)).build(),
                job("2", MON, 60).stage(build).stage(stage("", 5)).build(),
                job("3", TUE, 60).stage(stage("build", 40)).build(),
                job("4", "2026-11-14T23:00:00Z", 60).stage(stage("build", 1000)).build());

        ChartModel chart = chart(records, "stage-duration");

        assertThat(chart.labels()).hasSize(7).startsWith("2026-11-15T00:00:00Z");
        assertThat(chart.series()).extracting(SeriesModel::name).containsExactly("build", "test");
        assertThat(series(chart, "build").values()).isEqualTo(days(null, 15.0, 40.0, null, null, null, null));
        assertThat(series(chart, "test").values()).isEqualTo(days(null, 30.0, null, null, null, null, null));
        ChartModel pie = chart(records, "stage-fraction");
        assertThat(pie.labels()).containsExactly("build", "test");
        assertThat(pie.series().get(0).values()).containsExactly(70.0 / 3, 30.0);
    }

    @Test
    void shouldSumJobDurationsByBuildAndByJobInNaturalOrder() {
        List<BuildTimeRecord> records = List.of(passed("10.1", MON, 100), passed("10.2", MON, 50),
                passed("9.1", TUE, 30));

        ChartModel byBuild = chart(records, "duration-build");
        ChartModel byJob = chart(records, "duration-job");

        assertThat(byBuild.labels()).containsExactly("9", "10");
        assertThat(byBuild.series().get(0).values()).containsExactly(30.0, 150.0);
        assertThat(byJob.labels()).containsExactly("9.1", "10.1", "10.2");
        assertThat(byJob.series().get(0).values()).containsExactly(30.0, 100.0, 50.0);
    }

    @Test
    void shouldAverageJobDurationsByMatrixSummaryAndByBranchSkippingBlanks() {
        List<BuildTimeRecord> records = List.of(
                job("1.1", MON, 100).matrix(matrix("python", "2.7")).build(),
                job("1.2", MON, 200).matrix(matrix("python", "2.7")).branch("dev").build(),
                job("2", MON, 900).matrix(BuildMatrix.EMPTY).branch("").build());

        ChartModel byMatrix = chart(records, "job-duration-matrix");
        ChartModel byBranch = chart(records, "job-duration-branch");

        assertThat(byMatrix.labels()).containsExactly("python 2.7");
        assertThat(byMatrix.series().get(0).values()).containsExactly(150.0);
        assertThat(byBranch.labels()).containsExactly("dev", "master");
        assertThat(byBranch.series().get(0).values()).containsExactly(200.0, 100.0);
    }

    @Test
    void shouldCountDistinctBuildsPerBranchPerDayAndInTotal() {
        List<BuildTimeRecord> records = List.of(passed("7.1", MON, 10), passed("7.2", MON, 10),
                passed("8.1", TUE, 10), job("9", TUE, 10).branch("dev").build());

        ChartModel perDay = chart(records, "builds-branch");
        ChartModel pie = chart(records, "builds-branch-pie");

        assertThat(series(perDay, "master").values()).isEqualTo(days(0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0));
        assertThat(series(perDay, "dev").values()).isEqualTo(days(0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0));
        assertThat(pie.labels()).containsExactly("dev", "master");
        assertThat(pie.series().get(0).values()).containsExactly(1.0, 2.0);
    }

    @Test
    void shouldCountDistinctJobsPerResultPerDayWithResultColours() {
        List<BuildTimeRecord> records = List.of(withResult("1", MON, BuildResult.PASSED),
                withResult("1", MON, BuildResult.PASSED), withResult("2", MON, BuildResult.FAILED),
                withResult("3", TUE, BuildResult.ERRORED), withResult("4", TUE, BuildResult.ABORTED));

        ChartModel chart = chart(records, "job-results");

        assertThat(chart.series()).extracting(SeriesModel::name)
                .containsExactly("aborted", "errored", "failed", "passed");
        assertThat(chart.series()).extracting(SeriesModel::colour)
                .containsExactly(Colours.LAVENDER, Colours.YELLOW, Colours.RED, Colours.GREEN);
        assertThat(series(chart, "passed").values()).isEqualTo(days(0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0));
        assertThat(series(chart, "errored").values()).isEqualTo(days(0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0));
    }

    @Test
    void shouldCountDistinctJobsPerMatrixSummary() {
        List<BuildTimeRecord> records = List.of(
                job("1.1", MON, 10).matrix(matrix("java", "17")).build(),
                job("2.1", TUE, 10).matrix(matrix("java", "17")).build(),
                job("2.2", TUE, 10).matrix(matrix("java", "21")).build());

        ChartModel pie = chart(records, "jobs-matrix");

        assertThat(pie.type()).isEqualTo("pie");
        assertThat(pie.labels()).containsExactly("java 17", "java 21");
        assertThat(pie.series().get(0).values()).containsExactly(2.0, 1.0);
    }

    @Test
    void shouldGroupTheChartsIntoBuildtimeTrendsPanels() {
        DashboardModel model = DashboardBuilder.build(List.of(), Timeframe.DAY, DashboardFilter.NONE, CLOCK);

        assertThat(model.charts()).extracting(ChartModel::panel).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8);
        assertThat(model.charts().get(0).labels()).hasSize(24);
        assertThat(model.interval()).isEqualTo("hourly");
    }
}
