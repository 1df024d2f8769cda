package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.ChartModel;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.DashboardBuilder;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.DashboardFilter;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.DashboardModel;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.Timeframe;

import static org.assertj.core.api.Assertions.*;

/** An imported Travis job (the real 858 KB log) and a Jenkins build side by side on one dashboard. */
class TravisToDashboardTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2014-08-19T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void shouldChartImportedTravisStagesNextToJenkinsStages() throws Exception {
        TravisJob job = TravisJob.fromJson(new ObjectMapper().readTree("{\"job\": {\"number\": \"250.1\","
                + " \"repository_slug\": \"buildtimetrend/python-lib\", \"state\": \"passed\","
                + " \"started_at\": \"2014-08-17T13:40:14Z\", \"finished_at\": \"2014-08-17T13:41:50Z\","
                + " \"config\": {\"language\": \"python\", \"python\": \"2.7\"}}, \"commit\": {\"branch\": \"master\"}}"),
                null);
        BuildTimeRecord travis = job.toRecord(TravisLogParserTest.parse("test_sample_travis_log",
                job.getStartedAt(), job.getBuildConfig()));
        BuildTimeRecord jenkins = BuildTimeRecord.builder().repo("buildtimetrend/python-lib").build("251")
                .branch("master").result(BuildResult.FAILED).startedAt(Instant.parse("2014-08-18T09:00:00Z"))
                .finishedAt(Instant.parse("2014-08-18T09:02:00Z"))
                .stage(StageTiming.builder("install.1").duration(java.time.Duration.ofSeconds(30))).build();

        DashboardModel model = DashboardBuilder.build(List.of(travis, jenkins), Timeframe.WEEK,
                DashboardFilter.NONE, CLOCK);

        assertThat(model.metrics().get(0).value()).isEqualTo(2.0);
        ChartModel stages = model.charts().get(0);
        assertThat(stages.series()).extracting(s -> s.name()).contains("git.1", "install.1", "after_script.5")
                .doesNotContain("");
        double travisInstall = travis.getStages().stream().filter(s -> s.getName().equals("install.1"))
                .findFirst().orElseThrow().getDuration().toNanos() / 1e9;
        // the week of 2014-08-19 starts on the 13th: the Travis job is on day 4, the Jenkins build on day 5
        assertThat(stages.labels().get(4)).isEqualTo("2014-08-17T00:00:00Z");
        assertThat(stages.series().stream().filter(s -> s.name().equals("install.1")).findFirst().orElseThrow()
                .values()).containsExactly(null, null, null, null, travisInstall, 30.0, null);
        assertThat(model.filters().get(0).options()).containsExactly("python 2.7");
    }
}
