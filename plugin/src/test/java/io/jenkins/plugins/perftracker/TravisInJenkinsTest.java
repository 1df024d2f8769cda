package io.jenkins.plugins.perftracker;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.util.Secret;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.travis.RepoSlug;
import io.jenkins.plugins.perftracker.core.travis.TokenCheck;
import io.jenkins.plugins.perftracker.root.BuildTimeSource;
import io.jenkins.plugins.perftracker.root.travis.TravisConfiguration;
import io.jenkins.plugins.perftracker.root.travis.TravisImports;

import static org.assertj.core.api.Assertions.*;

/**
 * The Travis webhook in a real Jenkins, with a loopback Travis (key at /config, API v3 answers, a real log):
 * signed, forged, unsigned and replayed requests, a denied repository, the CSRF exemption of exactly the
 * webhook path, and an accepted build imported after a restart.
 */
class TravisInJenkinsTest {
    private static final RepoSlug SLUG = RepoSlug.parse(TravisApiStub.SLUG).orElseThrow();
    private static TravisApiStub travis;

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @BeforeAll
    static void startTravis() throws Exception {
        travis = new TravisApiStub();
    }

    @AfterAll
    static void stopTravis() {
        travis.close();
    }

    private static URI webhook(final JenkinsRule j) throws Exception {
        return j.getURL().toURI().resolve("perftracker/travis");
    }

    private static void configure(final String denied) {
        TravisConfiguration config = TravisConfiguration.get();
        config.setApiUrl(travis.baseUrl());
        config.setDeniedRepos(denied);
    }

    /** The payload of build #1203 announced as build {@code number}: every test signs its own, as replays are refused. */
    private static String payload(final int number) {
        return TravisApiStub.PAYLOAD.replace("\"number\":\"1203\"", "\"number\":\"" + number + "\"");
    }

    /** Runs the import worker until the repository has records (the webhook's build waits 10 s first). */
    private static List<BuildTimeRecord> awaitImport() throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            TravisImports.get().run();
            List<BuildTimeRecord> records = BuildTimeSource.get().records(SLUG);
            if (!records.isEmpty()) {
                return records;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("build #1203 was not imported within 90 s; queue " + TravisImports.get().queue().tasks());
    }

    @Test
    void shouldAcceptASignedBuildAndImportItsJobs() throws Throwable {
        sessions.then(j -> {
            configure("");

            HttpResponse<String> accepted = TravisApiStub.post(webhook(j), TravisApiStub.PAYLOAD,
                    "Signature", travis.sign(TravisApiStub.PAYLOAD));

            assertThat(accepted.statusCode()).isEqualTo(200);
            assertThat(accepted.body()).contains("Build #1203 of project buildtimetrend/python-lib accepted (signature)",
                    "Task scheduled to process build #1203");
            List<BuildTimeRecord> records = awaitImport();
            assertThat(records).extracting(BuildTimeRecord::getJob).containsExactlyInAnyOrder("1203.1", "1203.2");
            assertThat(records.get(0).getStages()).isNotEmpty();
            JenkinsRule.WebClient web = j.createWebClient();
            assertThat(web.goTo("perftracker/travis/buildtimetrend/python-lib/dashboard", "application/json")
                    .getWebResponse().getContentAsString()).contains("\"metrics\"");
            assertThat(web.goTo("perftracker/travis/").asNormalizedText()).contains("buildtimetrend/python-lib");
            assertThat(web.goTo("perftracker/badge/travis/buildtimetrend/python-lib/builds/year",
                    "image/svg+xml").getWebResponse().getStatusCode()).isEqualTo(200);
        });
    }

    @Test
    void shouldRefuseForgedUnsignedReplayedAndDeniedRequests() throws Throwable {
        sessions.then(j -> {
            configure("");
            String payload = payload(1210);
            String forged = TravisApiStub.sign(payload, TravisApiStub.generate().getPrivate());
            String signature = travis.sign(payload);

            HttpResponse<String> forgedAnswer = TravisApiStub.post(webhook(j), payload, "Signature", forged);
            HttpResponse<String> unsigned = TravisApiStub.post(webhook(j), payload);
            HttpResponse<String> first = TravisApiStub.post(webhook(j), payload, "Signature", signature);
            HttpResponse<String> replay = TravisApiStub.post(webhook(j), payload, "Signature", signature);

            assertThat(forgedAnswer.statusCode()).isEqualTo(403);
            assertThat(forgedAnswer.body()).contains("signature does not match");
            assertThat(unsigned.statusCode()).isEqualTo(403);
            assertThat(unsigned.body()).contains("unsigned requests are not allowed");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(replay.statusCode()).isEqualTo(403);
            assertThat(replay.body()).contains("replay");

            configure("buildtimetrend/*");
            String other = payload(1204);
            HttpResponse<String> denied = TravisApiStub.post(webhook(j), other, "Signature", travis.sign(other));
            assertThat(denied.statusCode()).isEqualTo(403);
            assertThat(denied.body()).isEqualTo("Project 'buildtimetrend/python-lib' is not allowed.\n");
        });
    }

    @Test
    void shouldAcceptUnsignedRequestsOnlyWhenAllowedAndTheLegacyTokenFromACredential() throws Throwable {
        sessions.then(j -> {
            configure("");
            SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                    CredentialsScope.GLOBAL, "travis-token", "Travis", Secret.fromString("s3cret")));
            TravisConfiguration.get().setCredentialsId("travis-token");
            String payload = payload(1205);

            HttpResponse<String> wrongToken = TravisApiStub.post(webhook(j), payload, "Authorization",
                    TokenCheck.expected(TravisApiStub.SLUG, "guess"), "Travis-Repo-Slug", TravisApiStub.SLUG);
            HttpResponse<String> token = TravisApiStub.post(webhook(j), payload, "Authorization",
                    TokenCheck.expected(TravisApiStub.SLUG, "s3cret"), "Travis-Repo-Slug", TravisApiStub.SLUG);
            TravisConfiguration.get().setAllowUnsigned(true);
            String another = payload(1206);
            HttpResponse<String> unsigned = TravisApiStub.post(webhook(j), another);

            assertThat(wrongToken.statusCode()).isEqualTo(403);
            assertThat(wrongToken.body()).doesNotContain("s3cret");
            assertThat(token.statusCode()).isEqualTo(200);
            assertThat(token.body()).contains("accepted (token)");
            assertThat(unsigned.statusCode()).isEqualTo(200);
            assertThat(unsigned.body()).contains("accepted (none)");
        });
    }

    @Test
    void shouldExemptOnlyTheWebhookFromCsrfCrumbs() throws Throwable {
        sessions.then(j -> {
            configure("");
            URI root = j.getURL().toURI();

            HttpResponse<String> webhookSlash = TravisApiStub.post(root.resolve("perftracker/travis/"), "{}");
            HttpResponse<String> importForm = TravisApiStub.post(root.resolve("perftracker/travis/import"), "{}");
            HttpResponse<String> badge = TravisApiStub.post(root.resolve("perftracker/badge/verdict/x"), "{}");
            HttpResponse<String> lookalike = TravisApiStub.post(root.resolve("perftracker/travisx"), "{}");

            assertThat(webhookSlash.statusCode()).as("reached the webhook, which refuses the unsigned request")
                    .isEqualTo(403);
            assertThat(webhookSlash.body()).contains("unsigned");
            for (HttpResponse<String> crumbless : List.of(importForm, badge, lookalike)) {
                assertThat(crumbless.statusCode()).isEqualTo(403);
                assertThat(crumbless.body()).as(crumbless.uri().toString()).contains("No valid crumb");
            }
        });
    }

    @Test
    void shouldLetOnlyAdministratorsImportARangeOfBuilds() throws Throwable {
        sessions.then(j -> {
            configure("");
            j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
            j.jenkins.setAuthorizationStrategy(new org.jvnet.hudson.test.MockAuthorizationStrategy()
                    .grant(jenkins.model.Jenkins.READ).everywhere().to("reader")
                    .grant(jenkins.model.Jenkins.ADMINISTER).everywhere().to("admin"));
            JenkinsRule.WebClient web = j.createWebClient();
            web.setThrowExceptionOnFailingStatusCode(false);

            web.login("reader");
            assertThat(web.getPage(importRequest(j, web, "1", "300")).getWebResponse().getStatusCode()).isEqualTo(403);
            web.login("admin");
            web.getPage(importRequest(j, web, "1", "300"));

            // the worker may already have taken the first builds: they are due 3 s apart from now
            assertThat(TravisImports.get().queue().tasks()).hasSizeBetween(90, 100)
                    .allMatch(t -> t.buildNumber() >= 1 && t.buildNumber() <= 100);
            assertThat(web.goTo("perftracker/travis/").asNormalizedText()).contains(
                    "at most 100 builds per import, importing 1..100", "Build #100 queued", "of 100 builds done")
                    .doesNotContain("Build #101");
        });
    }

    private static WebRequest importRequest(final JenkinsRule j, final JenkinsRule.WebClient web, final String first,
            final String last) throws Exception {
        WebRequest request = new WebRequest(j.getURL().toURI().resolve("perftracker/travis/import?repo="
                + TravisApiStub.SLUG + "&first=" + first + "&last=" + last).toURL(), HttpMethod.POST);
        return web.addCrumb(request);
    }

    @Test
    void shouldImportAnAcceptedBuildAfterARestart() throws Throwable {
        sessions.then(j -> {
            configure("");
            String payload = payload(1207);
            HttpResponse<String> accepted = TravisApiStub.post(webhook(j), payload, "Signature", travis.sign(payload));
            assertThat(accepted.statusCode()).isEqualTo(200);
            Path queue = j.jenkins.getRootDir().toPath().resolve("perftracker-travis/import-queue.json");
            assertThat(Files.readString(queue)).contains("\"number\":1207");
            assertThat(BuildTimeSource.get().records(SLUG)).as("not yet: the build waits 10 s").isEmpty();
        });
        sessions.then(j -> {
            // nothing announces the build again: only the saved queue can bring it here
            assertThat(awaitImport()).hasSize(2);
            assertThat(TravisImports.get().queue().tasks()).isEmpty();
        });
    }
}
