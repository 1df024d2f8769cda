package io.jenkins.plugins.perftracker.buildtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import hudson.matrix.AxisList;
import hudson.matrix.MatrixProject;
import hudson.matrix.TextAxis;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.support.steps.input.InputAction;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.StageStatus;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

import static org.assertj.core.api.Assertions.*;

/** Automatic collection: Pipelines (stages, nesting, parallel, input), freestyle, matrix, opt-out, deletion. */
@WithJenkins
class BuildTimeCollectionTest {
    static final String NESTED = "stage('Build') {\n"
            + "  stage('Compile') { sleep time: 100, unit: 'MILLISECONDS' }\n"
            + "  parallel unit: { echo 'unit' }, it: { stage('Approve') { input id: 'Go', message: 'go?' } }\n"
            + "}\n"
            + "stage('Deploy') { echo 'deploy' }\n";

    static WorkflowRun runWithInput(final JenkinsRule j, final WorkflowJob job) throws Exception {
        job.setDefinition(new CpsFlowDefinition(NESTED, true));
        WorkflowRun run = job.scheduleBuild2(0).waitForStart();
        j.waitForMessage("go?", run);
        Thread.sleep(1500);
        run.getAction(InputAction.class).getExecution("Go").proceed((Map<String, Object>) null);
        return j.assertBuildStatusSuccess(j.waitForCompletion(run));
    }

    @Test
    void shouldRecordNestedStagesParallelBranchesAndThePauseOfAnInput(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "nested");

        WorkflowRun run = runWithInput(j, job);

        BuildTimeRecord record = run.getAction(BuildTimeAction.class).getRecords().get(0);
        assertThat(record.getRepo()).isEqualTo("nested");
        assertThat(record.getJob()).isEqualTo("1");
        assertThat(record.getResult()).isEqualTo(BuildResult.PASSED);
        assertThat(record.getStages()).extracting(StageTiming::getName).containsExactly("Build", "Deploy");
        assertThat(record.getAllStages()).extracting(s -> String.join("/", s.getPath())).containsExactlyInAnyOrder(
                "Build", "Build/Compile", "Build/unit", "Build/it", "Build/it/Approve", "Deploy");
        StageTiming approve = record.getAllStages().stream().filter(s -> s.getName().equals("Approve")).findFirst()
                .orElseThrow();
        assertThat(approve.getPause()).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
        assertThat(approve.getStatus()).isEqualTo(StageStatus.SUCCESS);
        StageTiming build = record.getStages().get(0);
        assertThat(build.getPause()).as("the branch's pause counts in its stage").isEqualTo(approve.getPause());
        assertThat(record.getDuration()).isGreaterThanOrEqualTo(build.getDuration().plus(build.getPause()));
        assertThat(record.getQueuedAt()).isBeforeOrEqualTo(record.getStartedAt());
        assertThat(BuildTimeIndexes.all(job)).extracting(BuildTimeRecord::getJob).containsExactly("1");
    }

    @Test
    void shouldRecordAFailedStageAndTheAgentOfTheFirstNodeBlock(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "failing");
        job.setDefinition(new CpsFlowDefinition("node { stage('Fail') { error 'boom' } }", true));

        WorkflowRun run = j.buildAndAssertStatus(hudson.model.Result.FAILURE, job);

        BuildTimeRecord record = run.getAction(BuildTimeAction.class).getRecords().get(0);
        assertThat(record.getResult()).isEqualTo(BuildResult.FAILED);
        assertThat(record.getStages().get(0).getStatus()).isEqualTo(StageStatus.FAILED);
        assertThat(record.getAgent().getHostname()).isEqualTo("built-in");
    }

    @Test
    void shouldRecordAFreestyleBuildAsOneStageAndHonourTheSwitches(final JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject("free");

        FreeStyleBuild first = j.buildAndAssertSuccess(project);
        BuildTimeRecord record = first.getAction(BuildTimeAction.class).getRecords().get(0);
        assertThat(record.getStages()).extracting(StageTiming::getName).containsExactly("free");
        assertThat(record.getAgent().getHostname()).isEqualTo("built-in");

        project.addProperty(new BuildTimeOptOut());
        assertThat(j.buildAndAssertSuccess(project).getAction(BuildTimeAction.class)).isNull();
        project.removeProperty(BuildTimeOptOut.class);
        BuildTimeConfiguration.get().setCollect(false);
        assertThat(j.buildAndAssertSuccess(project).getAction(BuildTimeAction.class)).isNull();
        BuildTimeConfiguration.get().setCollect(true);
        j.buildAndAssertSuccess(project);

        assertThat(BuildTimeIndexes.all(project)).extracting(BuildTimeRecord::getBuild).containsExactly("1", "4");
    }

    @Test
    void shouldRecordEachMatrixCellInItsProjectsIndex(final JenkinsRule j) throws Exception {
        MatrixProject project = j.createProject(MatrixProject.class, "cells");
        project.setAxes(new AxisList(new TextAxis("os", "linux", "mac")));

        j.buildAndAssertSuccess(project);

        List<BuildTimeRecord> records = BuildTimeIndexes.all(project);
        assertThat(records).extracting(BuildTimeRecord::getJob).containsExactlyInAnyOrder("1.linux", "1.mac");
        assertThat(records).extracting(r -> r.getMatrix().getSummary()).containsExactlyInAnyOrder("linux", "mac");
        assertThat(records).allMatch(r -> r.getRepo().equals("cells") && r.getBuild().equals("1"));
    }

    @Test
    void shouldForgetDeletedBuildsAndRebuildTheIndexFromTheBuilds(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "kept");
        job.setDefinition(new CpsFlowDefinition("stage('One') { echo 'x' }", true));
        WorkflowRun first = j.buildAndAssertSuccess(job);
        j.buildAndAssertSuccess(job);
        j.buildAndAssertSuccess(job);

        first.delete();
        assertThat(BuildTimeIndexes.all(job)).extracting(BuildTimeRecord::getBuild).containsExactly("2", "3");

        BuildTimeIndexes.of(job).remove("3");
        assertThat(BuildTimeRebuilds.start(job)).isTrue();
        while (BuildTimeRebuilds.progressOf(job).running()) {
            Thread.sleep(50);
        }
        RebuildProgress progress = BuildTimeRebuilds.progressOf(job);
        assertThat(progress.error()).isEmpty();
        assertThat(progress.records()).isEqualTo(2);
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(BuildTimeIndexes.all(job)).extracting(BuildTimeRecord::getBuild).containsExactly("2", "3");
    }
}
