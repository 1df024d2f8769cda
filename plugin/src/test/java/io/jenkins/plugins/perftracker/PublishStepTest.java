package io.jenkins.plugins.perftracker;

import java.io.File;
import java.util.List;

import hudson.model.Result;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.model.PerfBuildAction;

import static org.assertj.core.api.Assertions.*;

/** perftrackerPublish in a real Pipeline: every option, the summary it returns, result and stage warning. */
@WithJenkins
class PublishStepTest {
    /** A PerfTracker test list: a latency around {@code latency} ms (10 samples) and a throughput. */
    static String results(final double latency) {
        StringBuilder scores = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            scores.append(i == 0 ? "" : ", ").append(latency * (1 + (i % 5 - 2) * 0.002));
        }
        return "[{\"tag\": \"login\", \"group\": \"web\", \"metrics\": \"ms\", \"less_better\": true, \"scores\": ["
                + scores + "]}, {\"tag\": \"rps\", \"group\": \"web\", \"metrics\": \"req/s\", \"scores\": [500, 501, 499,"
                + " 500, 502, 498, 500, 501, 499, 500]}]";
    }

    static String pipeline(final double latency, final String options) {
        return "node {\n"
                + "  writeFile file: 'perf/results.json', text: '" + results(latency) + "'\n"
                + "  def r = perftrackerPublish results: 'perf/*.json'" + options + "\n"
                + "  echo \"verdict=${r.verdict} total=${r.totalCount} regressed=${r.regressed}\"\n"
                + "}";
    }

    static WorkflowRun build(final JenkinsRule j, final WorkflowJob job, final double latency, final String options,
            final Result expected) throws Exception {
        job.setDefinition(new CpsFlowDefinition(pipeline(latency, options), true));
        return j.assertBuildStatus(expected, job.scheduleBuild2(0));
    }

    @Test
    void shouldRecordTheRunAndReturnASummary(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "bench");

        WorkflowRun run = build(j, job, 100, ", title: 'nightly', productVersion: '1.0', regressionTag: 'rel-1'",
                Result.SUCCESS);

        j.assertLogContains("verdict=PASSED total=2 regressed=0", run);
        PerfBuildAction action = run.getAction(PerfBuildAction.class);
        assertThat(action.getSummary().getTestsTotal()).isEqualTo(2);
        PerfRun perfRun = action.getRun();
        assertThat(perfRun.getTitle()).isEqualTo("nightly");
        assertThat(perfRun.getProductVer()).isEqualTo("1.0");
        assertThat(perfRun.getRegressionTag()).isEqualTo("rel-1");
        assertThat(perfRun.getEnvNodes()).as("the agent's own facts").hasSize(1);
        assertThat(new File(run.getRootDir(), "perftracker-1.xml")).exists();
        assertThat(new File(run.getRootDir(), "perftracker-1-verdict.json")).exists();
        assertThat(new File(job.getRootDir(), "perftracker-index")).isDirectory();
    }

    @Test
    void shouldMarkTheStageAndTheBuildOnARegression(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "bench");
        for (int i = 0; i < 5; i++) {
            build(j, job, 100, "", Result.SUCCESS);
        }

        WorkflowRun slower = build(j, job, 130, ", unstableThreshold: 10, failureThreshold: 50", Result.UNSTABLE);

        j.assertLogContains("verdict=UNSTABLE total=2 regressed=1", slower);
        j.assertLogContains("regressed: login (web)", slower);
        assertThat(slower.getAction(PerfBuildAction.class).getSummary().getNewRegressions())
                .singleElement().asString().startsWith("login (web): +30");
        build(j, job, 200, ", unstableThreshold: 10, failureThreshold: 50", Result.FAILURE);
    }

    @Test
    void shouldKeepSeveralPublishCallsOfOneBuildApart(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "two");
        job.setDefinition(new CpsFlowDefinition("node {\n"
                + "  writeFile file: 'a.json', text: '" + results(100) + "'\n"
                + "  writeFile file: 'b.txt', text: 'tag: compile; score: 12.5; metrics: s; less_better: true;'\n"
                + "  perftrackerPublish results: 'a.json', title: 'first'\n"
                + "  perftrackerPublish results: 'b.txt', title: 'second', format: 'perftracker-text'\n"
                + "}", true));

        WorkflowRun run = j.buildAndAssertSuccess(job);

        List<PerfBuildAction> actions = run.getActions(PerfBuildAction.class);
        assertThat(actions).extracting(PerfBuildAction::getUrlName).containsExactly("perftracker", "perftracker-2");
        assertThat(actions.get(1).getRun().getTests()).singleElement()
                .satisfies(t -> assertThat(t.getTag()).isEqualTo("compile"));
    }

    @Test
    void shouldFailWhenNothingMatchesUnlessAllowed(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "empty");
        job.setDefinition(new CpsFlowDefinition("node { perftrackerPublish results: 'nothing/*.json' }", true));
        j.assertLogContains("no result files matched 'nothing/*.json'",
                j.assertBuildStatus(Result.FAILURE, job.scheduleBuild2(0)));

        job.setDefinition(new CpsFlowDefinition(
                "node { perftrackerPublish results: 'nothing/*.json', allowEmptyResults: true }", true));
        j.buildAndAssertSuccess(job);
    }

    @Test
    void shouldRefusePatternsThatLeaveTheWorkspace(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "escape");
        job.setDefinition(new CpsFlowDefinition("node { perftrackerPublish results: '../../secrets/*.json' }", true));

        WorkflowRun run = j.assertBuildStatus(Result.FAILURE, job.scheduleBuild2(0));

        j.assertLogContains("[perftracker] results: the file pattern '../../secrets/*.json' leaves the workspace", run);
        j.assertLogNotContains("IllegalArgumentException", run);
        assertThat(run.getActions(PerfBuildAction.class)).isEmpty();
    }

    @Test
    void shouldReportBadFilesAndBadOptionsClearly(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "bad");
        job.setDefinition(new CpsFlowDefinition("node {\n"
                + "  writeFile file: 'good.json', text: '" + results(100) + "'\n"
                + "  writeFile file: 'bad.json', text: '[{\"tag\": \"x\", \"scores\": [1,'\n"
                + "  perftrackerPublish results: '*.json'\n"
                + "  perftrackerPublish results: 'good.json', links: 'x=javascript:alert(1)'\n"
                + "}", true));

        WorkflowRun run = j.assertBuildStatus(Result.FAILURE, job.scheduleBuild2(0));

        j.assertLogContains("skipped bad.json", run);
        j.assertLogContains("not valid JSON", run);
        j.assertLogContains("links: an http or https URL expected but was 'javascript:alert(1)'", run);
        assertThat(run.getActions(PerfBuildAction.class)).hasSize(1);
    }

    @Test
    void shouldTakeTheEnvironmentAndBaselineOptions(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "env");

        WorkflowRun run = build(j, job, 100, ", env: '{\"name\": \"s1\", \"node_type\": \"Host\", \"cpus\": 32}',"
                + " baseline: 'window:5'", Result.SUCCESS);

        assertThat(run.getAction(PerfBuildAction.class).getRun().getEnvNodes()).singleElement()
                .satisfies(n -> assertThat(n.getCpus()).isEqualTo(32));
        job.setDefinition(new CpsFlowDefinition(pipeline(100, ", baseline: 'sometimes'"), true));
        j.assertLogContains("baseline: one of previous, lastSuccessful",
                j.assertBuildStatus(Result.FAILURE, job.scheduleBuild2(0)));
    }
}
