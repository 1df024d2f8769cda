package io.jenkins.plugins.perftracker.farm;

import java.util.List;

import hudson.model.Result;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jvnet.hudson.test.JenkinsRule;

import io.jenkins.plugins.perftracker.core.farm.FarmLock;
import io.jenkins.plugins.perftracker.core.farm.LockRequest;

/** Shared set-up of the farm's Jenkins tests: hosts that are not agents, pipelines and UI locks. */
final class FarmTesting {
    private FarmTesting() {
    }

    /** Hosts that are not agents, each with the label. */
    static void hosts(final String label, final String... names) {
        for (String name : names) {
            ExternalHost host = new ExternalHost(name);
            host.setLabels(label);
            host.setPurpose("db perf");
            FarmConfiguration.get().putExternalHost(host);
        }
    }

    /** A lock taken from the farm page by an administrator. */
    static FarmLock uiLock(final String title, final String... hosts) {
        return FarmService.get().manager().lock(LockRequest.manual(title, "admin"), List.of(hosts));
    }

    static WorkflowRun start(final JenkinsRule j, final String name, final String script) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, name);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job.scheduleBuild2(0).waitForStart();
    }

    static WorkflowRun finish(final JenkinsRule j, final WorkflowRun run, final Result expected) throws Exception {
        return j.assertBuildStatus(expected, j.waitForCompletion(run));
    }
}
