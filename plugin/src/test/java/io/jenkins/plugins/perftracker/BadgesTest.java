package io.jenkins.plugins.perftracker;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;

import hudson.model.Item;
import hudson.model.Result;
import jenkins.model.Jenkins;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import io.jenkins.plugins.perftracker.core.badge.BadgeInterval;
import io.jenkins.plugins.perftracker.core.badge.BuildtimeBadgeType;
import io.jenkins.plugins.perftracker.core.badge.BuildtimeBadges;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.BadgeValues;
import io.jenkins.plugins.perftracker.root.BadgePermissions;
import io.jenkins.plugins.perftracker.root.BuildTimeSource;

import static io.jenkins.plugins.perftracker.PublishStepTest.build;
import static org.assertj.core.api.Assertions.*;

/** README badges under /perftracker/badge/: who sees what, the same 404 for hidden and missing jobs, caching. */
@WithJenkins
class BadgesTest {
    private static HttpResponse<String> get(final JenkinsRule j, final String path, final String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(j.getURL().toURI().resolve(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static WorkflowJob published(final JenkinsRule j, final String name) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, name);
        build(j, job, 100, ", regressionTag: 'rel-1'", Result.SUCCESS);
        return job;
    }

    private static void secure(final JenkinsRule j, final MockAuthorizationStrategy strategy) {
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(strategy);
    }

    @Test
    void shouldAnswerTheSameNotFoundBadgeForAHiddenAndAMissingJob(final JenkinsRule j) throws Exception {
        WorkflowJob visible = published(j, "visible");
        published(j, "hidden");
        secure(j, new MockAuthorizationStrategy().grant(BadgePermissions.VIEW_BADGE).onItems(visible).toEveryone());

        HttpResponse<String> shown = get(j, "perftracker/badge/verdict/visible");
        HttpResponse<String> hidden = get(j, "perftracker/badge/verdict/hidden");
        HttpResponse<String> missing = get(j, "perftracker/badge/verdict/missing");
        HttpResponse<String> malformed = get(j, "perftracker/badge/buildtime/hidden/avg");

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).startsWith("<svg").contains("perf verdict", "passed");
        assertThat(shown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(shown.headers().firstValue("Cache-Control")).contains("public, max-age=300");
        for (HttpResponse<String> notFound : List.of(hidden, missing, malformed)) {
            assertThat(notFound.statusCode()).isEqualTo(404);
            assertThat(notFound.body()).isEqualTo(missing.body()).contains("not found");
            assertThat(notFound.headers().firstValue("ETag")).isEqualTo(missing.headers().firstValue("ETag"));
        }
    }

    @Test
    void shouldShowAnonymousUsersBadgesOnlyWithThePermission(final JenkinsRule j) throws Exception {
        WorkflowJob job = published(j, "app");
        secure(j, new MockAuthorizationStrategy().grant(Jenkins.READ, Item.READ).everywhere().to("reader"));

        assertThat(get(j, "perftracker/badge/verdict/app").statusCode()).isEqualTo(404);
        try (JenkinsRule.WebClient web = j.createWebClient().login("reader")) {
            org.htmlunit.Page page = web.goTo("perftracker/badge/verdict/app", "image/svg+xml");
            assertThat(page.getWebResponse().getResponseHeaderValue("Cache-Control"))
                    .as("a badge only logged-in users see stays out of shared caches").startsWith("private");
        }

        secure(j, new MockAuthorizationStrategy().grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(BadgePermissions.VIEW_BADGE).onItems(job).toEveryone());
        HttpResponse<String> anonymous = get(j, "perftracker/badge/verdict/app");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(get(j, "job/app/perftracker/").statusCode()).as("the permission shows badges, not the job")
                .isIn(403, 404);
    }

    @Test
    void shouldAnswerNotModifiedToAMatchingEtag(final JenkinsRule j) throws Exception {
        published(j, "app");

        HttpResponse<String> first = get(j, "perftracker/badge/verdict/app?style=flat-square");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get(j, "perftracker/badge/verdict/app?style=flat-square", "If-None-Match", etag);
        HttpResponse<String> otherStyle = get(j, "perftracker/badge/verdict/app?style=plastic", "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(otherStyle.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldServeBuildTimeSeriesAndRegressionBadges(final JenkinsRule j) throws Exception {
        WorkflowJob job = published(j, "app");
        List<BuildTimeRecord> records = collected(job);
        String average = BuildtimeBadges.badge(BuildtimeBadgeType.AVG, BadgeInterval.WEEK, BadgeValues.compute(records,
                BuildtimeBadgeType.AVG, BadgeInterval.WEEK, Clock.systemUTC()).toOptionalDouble()).getMessage();

        HttpResponse<String> averageBadge = get(j, "perftracker/badge/buildtime/app/avg/week");
        HttpResponse<String> json = get(j, "perftracker/badge/buildtime/app/passed/month?format=json");
        HttpResponse<String> series = get(j, "perftracker/badge/series/app?group=web&tag=login&unit=ms");
        HttpResponse<String> regressions = get(j, "perftracker/badge/regressions/app?tag=rel-1");

        assertThat(average).as("the build's own duration, collected from its flow graph").endsWith("s");
        assertThat(averageBadge.body()).contains("buildtime (week)", average);
        assertThat(averageBadge.headers().firstValue("Cache-Control")).contains("public, max-age=600");
        assertThat(json.body()).contains("\"label\":\"passed (month)\"", "\"message\":\"100%\"");
        assertThat(series.statusCode()).isEqualTo(200);
        assertThat(series.body()).contains("100 ms");
        assertThat(regressions.body()).contains("rel-1 regressions", "0 open");
    }

    /** The job's build-time records, once the build-time collection has stored the build's. */
    private static List<BuildTimeRecord> collected(final WorkflowJob job) throws Exception {
        for (int i = 0; i < 100; i++) {
            List<BuildTimeRecord> records = BuildTimeSource.get().records(job);
            if (!records.isEmpty()) {
                return records;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no build-time record of " + job.getFullName());
    }

    @Test
    void shouldListTheBadgesOfAJobWithSnippetsAndPreviews(final JenkinsRule j) throws Exception {
        published(j, "app");

        try (JenkinsRule.WebClient web = j.createWebClient()) {
            HtmlPage page = web.goTo("job/app/perftracker-badges/");

            String text = page.asXml();
            assertThat(text).contains("perftracker/badge/buildtime/app/avg/week", "perftracker/badge/verdict/app",
                    "perftracker/badge/regressions/app?tag=rel-1", "[![Verdict of the last build](");
            assertThat(page.getElementsByTagName("img")).isNotEmpty();
        }
    }
}
