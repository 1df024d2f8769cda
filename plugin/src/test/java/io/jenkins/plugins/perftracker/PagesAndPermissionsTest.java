package io.jenkins.plugins.perftracker;

import java.util.List;

import hudson.model.Item;
import hudson.model.Result;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import io.jenkins.plugins.perftracker.job.JobAcknowledgements;

import static io.jenkins.plugins.perftracker.PublishStepTest.build;
import static org.assertj.core.api.Assertions.*;

/** The build and job pages, their JSON endpoints, and who may read and change what. */
@WithJenkins
class PagesAndPermissionsTest {
    @Test
    void shouldShowTheRunTheTestsAndATestsDetail(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "pages");
        build(j, job, 100, ", title: 'nightly <b>1</b>'", Result.SUCCESS);

        try (JenkinsRule.WebClient web = j.createWebClient()) {
            HtmlPage run = web.goTo("job/pages/1/perftracker/");
            assertThat(run.asNormalizedText()).contains("nightly <b>1</b>", "login", "rps", "PASSED");
            assertThat(run.getElementsByTagName("b")).as("titles are escaped").isEmpty();
            HtmlPage test = web.goTo("job/pages/1/perftracker/test/0/");
            assertThat(test.asNormalizedText()).contains("login", "less is better", "Distribution");
            web.assertFails("job/pages/1/perftracker/test/99/", 404);
            Page verdict = web.goTo("job/pages/1/perftracker/verdict", "application/json");
            assertThat(verdict.getWebResponse().getContentAsString()).contains("\"status\":\"PASSED\"");
        }
    }

    @Test
    void shouldServeTrendsComparisonsAndTheBuildsList(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "trends");
        for (int i = 0; i < 3; i++) {
            build(j, job, 100 + i, "", Result.SUCCESS);
        }

        try (JenkinsRule.WebClient web = j.createWebClient()) {
            String trends = web.goTo("job/trends/perftracker/trends", "application/json").getWebResponse()
                    .getContentAsString();
            assertThat(trends).contains("\"label\":\"#1\"", "\"label\":\"#3\"", "login", "/job/trends/3/perftracker/");
            String comparison = web.goTo("job/trends/perftracker/comparison?runs=1,3", "application/json")
                    .getWebResponse().getContentAsString();
            assertThat(comparison).contains("#1 vs #3", "login");
            web.assertFails("job/trends/perftracker/comparison?runs=1,<script>", 400);
            web.assertFails("job/trends/perftracker/comparison?runs=1,hidden#1", 404);
            HtmlPage page = web.goTo("job/trends/perftracker/");
            assertThat(page.asNormalizedText()).contains("#3", "#2", "#1", "Compare selected");
            assertThat((Object) page.querySelector("[data-perftracker-page=trends]")).isNotNull();
        }
    }

    @Test
    void shouldLetReadersReadButOnlyAdministratorsRebuildAndConfigurersAcknowledge(final JenkinsRule j)
            throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "secured");
        build(j, job, 100, "", Result.SUCCESS);
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE).everywhere().to("configurer")
                .grant(Jenkins.ADMINISTER).everywhere().to("admin"));

        try (JenkinsRule.WebClient web = j.createWebClient()) {
            web.setThrowExceptionOnFailingStatusCode(false);
            web.login("reader");
            assertThat(web.goTo("job/secured/perftracker/").getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(post(web, "job/secured/perftracker/rebuildIndex")).isEqualTo(403);
            assertThat(post(web, "job/secured/perftracker/acknowledge?group=web&tag=login&category=&unit=ms"
                    + "&fromBuild=1&reason=known")).isEqualTo(403);
            web.login("configurer");
            assertThat(post(web, "job/secured/perftracker/acknowledge?group=web&tag=login&category=&unit=ms"
                    + "&fromBuild=1&reason=known")).isLessThan(400);
            assertThat(post(web, "job/secured/perftracker/saveComparison?title=first&runs=1,1:1")).isLessThan(400);
            assertThat(post(web, "job/secured/perftracker/saveComparison?title=bad&runs=1")).isEqualTo(400);
            web.login("reader");
            assertThat(post(web, "job/secured/perftracker/saveComparison?title=x&runs=1,1")).isEqualTo(403);
            assertThat(web.goTo("job/secured/perftracker/").asNormalizedText()).contains("first");
            web.login("admin");
            assertThat(post(web, "job/secured/perftracker/rebuildIndex")).isLessThan(400);
        }
        try (JenkinsRule.WebClient anonymous = j.createWebClient()) {
            anonymous.assertFails("job/secured/perftracker/trends", 404);
        }
    }

    @Test
    void shouldShowARegressionTagAndLetConfigurersExcludeABuild(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "tags");
        for (int i = 0; i < 4; i++) {
            build(j, job, 100 + 10 * i, ", regressionTag: 'rel-1', productVersion: '1." + i + "'", Result.SUCCESS);
        }

        try (JenkinsRule.WebClient web = j.createWebClient()) {
            String tag = web.goTo("job/tags/perftracker/regressions?tag=rel-1", "application/json")
                    .getWebResponse().getContentAsString();
            assertThat(tag).contains("Regression tag rel-1", "1.0", "1.3", "Degradation");
            assertThat(web.goTo("job/tags/perftracker/").asNormalizedText()).contains("rel-1");
            assertThat(post(web, "job/tags/perftracker/link?tag=rel-1&build=4&linked=false")).isLessThan(400);
            assertThat(web.goTo("job/tags/perftracker/regressions?tag=rel-1", "application/json")
                    .getWebResponse().getContentAsString()).doesNotContain("\"1.3\"");
            web.assertFails("job/tags/perftracker/regressions?tag=", 400);
        }
    }

    @Test
    void shouldKeepEveryAcknowledgementWhenUsersAddThemAtOnce(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "acks");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<?>> adds = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String tag = "t" + i;
                adds.add(pool.submit(() -> {
                    JobAcknowledgements.of(job).add("g", tag, "", "ms", 1, "known");
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> add : adds) {
                add.get();
            }
        }
        finally {
            pool.shutdownNow();
        }

        assertThat(JobAcknowledgements.of(job).list()).hasSize(16);
    }

    @Test
    void shouldRefuseChangesByGet(final JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "get");
        build(j, job, 100, "", Result.SUCCESS);

        try (JenkinsRule.WebClient web = j.createWebClient()) {
            web.assertFails("job/get/perftracker/rebuildIndex", 405);
        }
    }

    private static int post(final JenkinsRule.WebClient web, final String path) throws Exception {
        WebRequest request = new WebRequest(web.createCrumbedUrl(path), HttpMethod.POST);
        return web.getPage(request).getWebResponse().getStatusCode();
    }
}
