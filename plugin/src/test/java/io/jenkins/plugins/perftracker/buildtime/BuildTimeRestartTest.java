package io.jenkins.plugins.perftracker.buildtime;

import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

import static org.assertj.core.api.Assertions.*;

/** Records live in build.xml and the index file: both survive a restart, and the index can be read again. */
class BuildTimeRestartTest {
    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void shouldKeepTheRecordsAndTheIndexAcrossARestart() throws Throwable {
        sessions.then(j -> {
            WorkflowJob job = j.createProject(WorkflowJob.class, "durable");
            job.setDefinition(new CpsFlowDefinition("stage('Only') { echo 'x' }", true));
            j.buildAndAssertSuccess(job);
        });
        sessions.then(j -> {
            WorkflowJob job = j.jenkins.getItemByFullName("durable", WorkflowJob.class);
            WorkflowRun run = job.getBuildByNumber(1);
            BuildTimeRecord record = run.getAction(BuildTimeAction.class).getRecords().get(0);
            assertThat(record.getStages()).extracting(StageTiming::getName).containsExactly("Only");
            assertThat(run.getAction(BuildTimeAction.class).getOwner()).isSameAs(run);
            assertThat(BuildTimeIndexes.all(job)).extracting(BuildTimeRecord::getBuild).containsExactly("1");
        });
    }
}
