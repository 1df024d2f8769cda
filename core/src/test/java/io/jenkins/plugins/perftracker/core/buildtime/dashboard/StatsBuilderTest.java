package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.BuildMatrix;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

import static io.jenkins.plugins.perftracker.core.buildtime.dashboard.Records.*;
import static org.assertj.core.api.Assertions.*;

/** The service-wide /stats figures (B5) across projects. */
class StatsBuilderTest {
    private static final String MON = "2026-11-16T10:00:00Z";
    private static final String TUE = "2026-11-17T10:00:00Z";
    private static final List<BuildTimeRecord> RECORDS = List.of(
            job("1.1", MON, 60).matrix(matrix("python", "2.7")).stage(stage("a", 1)).stage(stage("b", 1)).build(),
            job("1.2", MON, 60).matrix(matrix("python", "3.12")).stage(stage("a", 1)).build(),
            job("7", TUE, 60).repo("org/lib").matrix(BuildMatrix.EMPTY)
                    .stage(StageTiming.builder("build").child(StageTiming.builder("compile")).build()).build(),
            job("3", "2026-01-01T00:00:00Z", 60).repo("org/old").build());

    private static StatsModel stats(final CountTarget count) {
        return StatsBuilder.build(RECORDS, Timeframe.WEEK, count, CLOCK);
    }

    private static ChartModel chart(final StatsModel model, final String id) {
        return model.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void shouldCountReposEventsJobsAndEveryNestedStageInTheTimeframe() {
        StatsModel model = stats(CountTarget.JOBS);

        assertThat(model.metrics()).extracting(MetricModel::id)
                .containsExactly("repos", "events", "jobs", "substages");
        assertThat(model.metrics()).extracting(MetricModel::value).containsExactly(2.0, 8.0, 3.0, 5.0);
    }

    @Test
    void shouldCountUniqueReposPerLanguagePerDay() {
        ChartModel chart = chart(stats(CountTarget.JOBS), "repos-language");

        assertThat(chart.series()).extracting(SeriesModel::name).containsExactly("python", "unknown");
        assertThat(chart.series().get(0).values()).containsExactly(0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(chart.series().get(1).values()).containsExactly(0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void shouldCountJobsOrBuildsPerProjectAsToggled() {
        ChartModel jobs = chart(stats(CountTarget.JOBS), "count-project-pie");
        ChartModel builds = chart(stats(CountTarget.BUILDS), "count-project-pie");

        assertThat(jobs.title()).isEqualTo("Build jobs per project");
        assertThat(jobs.labels()).containsExactly("org/app", "org/lib");
        assertThat(jobs.series().get(0).values()).containsExactly(2.0, 1.0);
        assertThat(builds.title()).isEqualTo("Builds per project");
        assertThat(builds.series().get(0).values()).containsExactly(1.0, 1.0);
        assertThat(CountTarget.fromId("builds")).isEqualTo(CountTarget.BUILDS);
        assertThat(CountTarget.fromId("other")).isEqualTo(CountTarget.JOBS);
    }

    @Test
    void shouldAddSubstagesAndCountedJobsIntoEventsPerProject() {
        StatsModel model = stats(CountTarget.JOBS);

        assertThat(chart(model, "substages-project-pie").series().get(0).values()).containsExactly(3.0, 2.0);
        assertThat(chart(model, "events-project-pie").series().get(0).values()).containsExactly(5.0, 3.0);
        ChartModel perDay = chart(model, "events-project");
        assertThat(perDay.series().get(0).values()).containsExactly(0.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(perDay.series().get(1).values()).containsExactly(0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0);
    }
}
