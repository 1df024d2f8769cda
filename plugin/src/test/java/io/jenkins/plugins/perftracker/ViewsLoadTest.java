package io.jenkins.plugins.perftracker;

import hudson.model.FreeStyleProject;
import hudson.model.Result;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import io.jenkins.plugins.perftracker.steps.PerftrackerRecorder;

import static io.jenkins.plugins.perftracker.PublishStepTest.build;
import static org.assertj.core.api.Assertions.*;

/**
 * Every page the plugin adds loads and shows its labels whole: a label whose {@code ${%…}} breaks at a
 * parenthesis loses its text or fails the page, which only a real Jenkins shows.
 */
@WithJenkins
class ViewsLoadTest {
    @Test
    void shouldLoadTheJobBuildTestComparisonAndRegressionPages(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "views");
        build(j, job, 100, ", regressionTag: 'rel-1'", Result.SUCCESS);
        build(j, job, 101, ", regressionTag: 'rel-1'", Result.SUCCESS);

        try (JenkinsRule.WebClient web = j.createWebClient()) {
            assertThat(text(web, "job/views/")).contains("Performance trends", "Performance");
            assertThat(text(web, "job/views/perftracker/")).contains("Duration (s)", "Trends", "#2", "#1");
            assertThat(text(web, "job/views/2/perftracker/")).contains("Duration (s)", "login", "rps");
            assertThat(text(web, "job/views/2/perftracker/test/0/")).contains("login", "Distribution");
            assertThat(text(web, "job/views/perftracker/compare?runs=1,2")).contains("Comparison");
            assertThat(text(web, "job/views/perftracker/regression?tag=rel-1")).contains("rel-1");
            assertThat(text(web, "job/views/pipeline-syntax/")).contains("perftrackerPublish");
        }
    }

    @Test
    void shouldShowTheGlobalConfigurationWithEveryLabelWhole(final JenkinsRule j) throws Exception {
        try (JenkinsRule.WebClient web = j.createWebClient()) {
            HtmlPage page = web.goTo("manage/configure");
            String html = page.getWebResponse().getContentAsString();
            assertThat(page.asNormalizedText()).contains("Unstable above (% worse)", "Failure above (% worse)",
                    "Builds kept in each job's series index (0 = all)",
                    "Mail new regressions to the culprits (needs the Mailer plugin)");
            assertThat(html).as("every field has help").contains("help/trendBuilds", "help/indexBuilds",
                    "help/changePointMode", "help/mailRegressions", "help/baseline");
        }
    }

    @Test
    void shouldShowTheRecordersFormWithTheStepsHelp(final JenkinsRule j) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject("free");
        project.getPublishersList().add(new PerftrackerRecorder("results.json"));

        try (JenkinsRule.WebClient web = j.createWebClient()) {
            HtmlPage page = web.goTo("job/free/configure");
            assertThat(page.asNormalizedText()).contains("Result files", "Unstable above (% worse)");
            String html = page.getWebResponse().getContentAsString();
            assertThat(html).as("the recorder's fields point to the step's help")
                    .contains("PerftrackerPublishStep/help/results", "PerftrackerPublishStep/help/unstableThreshold");
            assertThat(web.goTo("descriptor/io.jenkins.plugins.perftracker.steps.PerftrackerPublishStep/help/results")
                    .getWebResponse().getContentAsString()).contains("jmh-result.json");
        }
    }

    private static String text(final JenkinsRule.WebClient web, final String path) throws Exception {
        return web.goTo(path).asNormalizedText();
    }
}
