package io.jenkins.plugins.perftracker.farm;

import hudson.model.Result;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

import io.jenkins.plugins.perftracker.core.farm.FarmLock;

import static io.jenkins.plugins.perftracker.farm.FarmTesting.*;
import static org.assertj.core.api.Assertions.*;

/** A restart keeps every lock, a holding pipeline keeps its hosts and a waiting one its place. */
class FarmRestartTest {
    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void shouldHoldTheLockAcrossARestartAndReleaseItAtTheEndOfTheBlock() throws Throwable {
        sessions.then(j -> {
            hosts("db", "db1");
            WorkflowRun run = start(j, "holds", "perftrackerLock(hosts: ['db1'], title: 'nightly perf') {\n"
                    + "  sleep 10\n  echo \"still on ${env.PERFTRACKER_HOSTS}\"\n}");
            j.waitForMessage("perftrackerLock: locked db1", run);
        });
        sessions.then(j -> {
            FarmLock held = FarmService.get().manager().activeLock("db1").orElseThrow();
            assertThat(held.getTitle()).isEqualTo("nightly perf");
            WorkflowRun run = j.jenkins.getItemByFullName("holds", WorkflowJob.class).getBuildByNumber(1);
            finish(j, run, Result.SUCCESS);
            j.assertLogContains("still on db1", run);
            assertThat(FarmService.get().manager().activeLock("db1")).isEmpty();
        });
    }

    @Test
    void shouldKeepWaitingAcrossARestart() throws Throwable {
        sessions.then(j -> {
            hosts("db", "db1");
            uiLock("BIOS update", "db1");
            WorkflowRun run = start(j, "waits", "perftrackerLock(hosts: ['db1']) { echo 'got it' }");
            j.waitForMessage("waiting for host 'db1'", run);
        });
        sessions.then(j -> {
            FarmLock maintenance = FarmService.get().manager().activeLock("db1").orElseThrow();
            assertThat(maintenance.getTitle()).isEqualTo("BIOS update");
            for (int i = 0; i < 100 && FarmService.get().manager().queue().isEmpty(); i++) {
                Thread.sleep(100); // the pipeline resumes and queues again shortly after startup
            }
            assertThat(FarmService.get().manager().queue()).hasSize(1);
            FarmService.get().manager().unlock(maintenance.getId());
            WorkflowRun run = j.jenkins.getItemByFullName("waits", WorkflowJob.class).getBuildByNumber(1);
            finish(j, run, Result.SUCCESS);
            j.assertLogContains("got it", run);
        });
    }
}
