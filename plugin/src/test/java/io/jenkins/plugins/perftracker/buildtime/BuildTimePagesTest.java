package io.jenkins.plugins.perftracker.buildtime;

import com.cloudbees.hudson.plugins.folder.Folder;
import hudson.model.Item;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import io.jenkins.plugins.perftracker.root.RootPage;

import static org.assertj.core.api.Assertions.*;

/** The dashboards (job and folder), their JSON, the build page, the job page's box, and who sees what. */
@WithJenkins
class BuildTimePagesTest {
    private static WorkflowJob built(final JenkinsRule j, final Folder folder, final String name) throws Exception {
        WorkflowJob job = folder == null ? j.createProject(WorkflowJob.class, name)
                : folder.createProject(WorkflowJob.class, name);
        job.setDefinition(new CpsFlowDefinition("stage('Compile') { echo 'c' }\nstage('Test') { echo 't' }", true));
        j.buildAndAssertSuccess(job);
        j.buildAndAssertSuccess(job);
        return job;
    }

    @Test
    void shouldServeTheJobDashboardItsJsonTheBuildPageAndTheBox(final JenkinsRule j) throws Exception {
        built(j, null, "app");

        try (JenkinsRule.WebClient web = j.createWebClient()) {
            String model = web.goTo("job/app/buildtimes/model?timeframe=month", "application/json")
                    .getWebResponse().getContentAsString();
            assertThat(model).contains("\"timeframe\":\"month\"", "\"Total build jobs\"", "stage-duration",
                    "\"2\":\"/jenkins/job/app/2/buildtime/\"");
            HtmlPage dashboard = web.goTo("job/app/buildtimes/");
            assertThat((Object) dashboard.querySelector("[data-perftracker-page=dashboard][data-model-url=model]"))
                    .isNotNull();
            HtmlPage build = web.goTo("job/app/2/buildtime/");
            assertThat(build.asNormalizedText()).contains("Compile", "Test", "Median of recent builds", "Total");
            assertThat(web.goTo("job/app/").asNormalizedText()).contains("Build time", "#2", "#1");
            web.assertFails("job/app/buildtimes/model?filter_branch=" + "x".repeat(600), 400);
        }
    }

    @Test
    void shouldAggregateOnlyTheFolderJobsTheUserMayReadAndHideTheOthersAsMissing(final JenkinsRule j)
            throws Exception {
        Folder team = j.jenkins.createProject(Folder.class, "team");
        WorkflowJob open = built(j, team, "open");
        built(j, team, "secret");
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ).everywhere().to("reader")
                .grant(Item.READ).onItems(team, open).to("reader")
                .grant(Jenkins.ADMINISTER).everywhere().to("admin"));

        try (JenkinsRule.WebClient web = j.createWebClient()) {
            web.login("reader");
            String model = web.goTo("job/team/buildtimes/model", "application/json").getWebResponse()
                    .getContentAsString();
            assertThat(model).contains("team/open #1", "team/open #2").doesNotContain("secret");
            web.setThrowExceptionOnFailingStatusCode(false);
            int hidden = web.goTo("job/team/job/secret/buildtimes/model", null).getWebResponse().getStatusCode();
            int missing = web.goTo("job/team/job/nothing/buildtimes/model", null).getWebResponse().getStatusCode();
            assertThat(hidden).isEqualTo(404).isEqualTo(missing);
            assertThat(post(web, "job/team/job/open/buildtimes/rebuild")).isEqualTo(403);
            web.login("admin");
            assertThat(post(web, "job/team/job/open/buildtimes/rebuild")).isLessThan(400);
            assertThat(web.goTo("job/team/job/open/buildtimes/rebuildProgress").asNormalizedText())
                    .contains("Build-time index rebuild");
        }
    }

    @Test
    void shouldContributeTheStatisticsPage(final JenkinsRule j) {
        RootPage stats = RootPage.byUrlName("stats");

        assertThat(stats).isInstanceOf(BuildTimeStatsPage.class);
        assertThat(stats.getDisplayName()).isEqualTo("Build-time statistics");
    }

    private static int post(final JenkinsRule.WebClient web, final String path) throws Exception {
        WebRequest request = new WebRequest(web.createCrumbedUrl(path), HttpMethod.POST);
        return web.getPage(request).getWebResponse().getStatusCode();
    }
}
