package io.jenkins.plugins.perftracker;

import java.io.IOException;

import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestBuilder;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

import io.jenkins.plugins.perftracker.config.PerftrackerConfiguration;
import io.jenkins.plugins.perftracker.model.PerfBuildAction;
import io.jenkins.plugins.perftracker.steps.PerftrackerRecorder;

import static org.assertj.core.api.Assertions.*;

/** The freestyle recorder, its form round trip, and results that survive a restart. */
class RecorderAndRestartTest {
    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void shouldRecordFromAFreestyleJobAndKeepItAcrossARestart() throws Throwable {
        sessions.then(j -> {
            FreeStyleProject project = j.createFreeStyleProject("free");
            project.getBuildersList().add(new WriteResults());
            PerftrackerRecorder recorder = new PerftrackerRecorder("results.txt");
            recorder.setTitle("freestyle");
            recorder.setUnstableThreshold(10);
            project.getPublishersList().add(recorder);
            j.configRoundtrip(project);
            PerftrackerRecorder again = project.getPublishersList().get(PerftrackerRecorder.class);
            assertThat(again.getTitle()).isEqualTo("freestyle");
            assertThat(again.getUnstableThreshold()).isEqualTo(10);

            FreeStyleBuild build = j.buildAndAssertSuccess(project);
            assertThat(build.getAction(PerfBuildAction.class).getRun().getTitle()).isEqualTo("freestyle");
        });
        sessions.then(j -> {
            FreeStyleBuild build = j.jenkins.getItemByFullName("free", FreeStyleProject.class).getBuildByNumber(1);
            PerfBuildAction action = build.getAction(PerfBuildAction.class);
            assertThat(action.getSummary().getTestsTotal()).isEqualTo(1);
            assertThat(action.getRun().getTests().get(0).getTag()).isEqualTo("compile");
        });
    }

    @Test
    void shouldKeepTheNamedNewRegressionsAcrossARestart() throws Throwable {
        sessions.then(j -> {
            WorkflowJob job = j.createProject(WorkflowJob.class, "regressing");
            for (int i = 0; i < 5; i++) {
                PublishStepTest.build(j, job, 100, "", Result.SUCCESS);
            }
            PublishStepTest.build(j, job, 130, ", unstableThreshold: 10", Result.UNSTABLE);
        });
        sessions.then(j -> {
            WorkflowRun slower = j.jenkins.getItemByFullName("regressing", WorkflowJob.class).getBuildByNumber(6);
            assertThat(slower.getAction(PerfBuildAction.class).getSummary().getNewRegressions())
                    .as("build.xml keeps the list (a plain ArrayList, which Jenkins' XStream can read back)")
                    .singleElement().asString().startsWith("login (web): +30");
        });
    }

    @Test
    void shouldKeepTheGlobalDefaults() throws Throwable {
        sessions.then(j -> {
            PerftrackerConfiguration config = PerftrackerConfiguration.get();
            assertThat(config.getChangePointMode()).as("the default holds on any noise").isEqualTo("robust");
            config.setBaseline("window:10");
            config.setUnstableThreshold(5);
            config.setTrendBuilds(3);
            config.setChangePointMode("rank");
            config.setIndexBuilds(-5);
            assertThatThrownBy(() -> config.setChangePointMode("magic")).hasMessageContaining("rank or otava");
        });
        sessions.then(j -> {
            PerftrackerConfiguration config = PerftrackerConfiguration.get();
            assertThat(config.getBaseline()).isEqualTo("window:10");
            assertThat(config.getUnstableThreshold()).isEqualTo(5);
            assertThat(config.getTrendBuilds()).as("bounded below").isEqualTo(10);
            assertThat(config.getChangePointMode()).isEqualTo("rank");
            assertThat(config.getIndexBuilds()).as("0 = keep all").isZero();
        });
    }

    /** Writes a result file; a static class, so that the project's config.xml does not hold the test instance. */
    static final class WriteResults extends TestBuilder {
        @Override
        public boolean perform(final AbstractBuild<?, ?> build, final Launcher launcher, final BuildListener listener)
                throws InterruptedException, IOException {
            build.getWorkspace().child("results.txt").write(
                    "tag: compile; score: 12.5; metrics: s; less_better: true;\n", "UTF-8");
            return true;
        }
    }
}
