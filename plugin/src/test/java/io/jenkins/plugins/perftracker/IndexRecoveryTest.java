package io.jenkins.plugins.perftracker;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

import hudson.model.Result;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.LogRecorder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import io.jenkins.plugins.perftracker.job.SeriesIndexes;

import static io.jenkins.plugins.perftracker.PublishStepTest.build;
import static org.assertj.core.api.Assertions.*;

/**
 * A damaged series index (issue 12) is rebuilt from the build records and the log says so: at once by a
 * publish or a deletion, queued (never on the request thread) by a page request, which answers with an empty
 * trend meanwhile.
 */
@WithJenkins
class IndexRecoveryTest {
    private static final String JOB_PACKAGE = "io.jenkins.plugins.perftracker.job";

    @Test
    void shouldQueueTheRebuildForAPageAndServeAnEmptyTrendMeanwhile(final JenkinsRule j) throws Exception {
        WorkflowJob job = threeBuilds(j, "queued");
        damageTheLog(job);

        try (LogRecorder log = new LogRecorder().record(JOB_PACKAGE, Level.INFO).capture(20);
                JenkinsRule.WebClient web = j.createWebClient()) {
            assertThat(trends(web)).as("nothing read from a damaged index").doesNotContain("\"label\":\"#1\"");
            // a badge answers too, never an error: no value while the rebuild runs, the value once it is done
            assertThat(web.goTo("perftracker/badge/series/queued?group=web&tag=login&unit=ms", "image/svg+xml")
                    .getWebResponse().getContentAsString()).containsAnyOf("unknown", " ms<");
            awaitRebuild(job);

            assertThat(trends(web)).contains("\"label\":\"#1\"", "\"label\":\"#3\"", "login");
            assertThat(log.getMessages()).anySatisfy(m -> assertThat(m).contains("queued a rebuild", "queued"))
                    .anySatisfy(m -> assertThat(m).contains("the series index of queued is damaged", "builds.log",
                            "rebuilding it from the build records"))
                    .anySatisfy(m -> assertThat(m).contains("rebuilt the series index of queued from 3 builds"));
        }
    }

    @Test
    void shouldRebuildAtOnceWhenABuildPublishes(final JenkinsRule j) throws Exception {
        WorkflowJob job = threeBuilds(j, "publish");
        damageTheLog(job);

        try (LogRecorder log = new LogRecorder().record(JOB_PACKAGE, Level.WARNING).capture(20);
                JenkinsRule.WebClient web = j.createWebClient()) {
            build(j, job, 103, "", Result.SUCCESS);

            assertThat(log.getMessages()).anySatisfy(m -> assertThat(m).contains("the series index of publish is "
                    + "damaged"));
            assertThat(SeriesIndexes.isRebuilding(job)).isFalse();
            assertThat(web.goTo("job/publish/perftracker/trends", "application/json").getWebResponse()
                    .getContentAsString()).contains("\"label\":\"#1\"", "\"label\":\"#4\"");
        }
    }

    @Test
    void shouldRebuildAndThenForgetADeletedBuild(final JenkinsRule j) throws Exception {
        WorkflowJob job = threeBuilds(j, "deleted");
        damageTheLog(job);

        job.getBuildByNumber(2).delete();

        try (JenkinsRule.WebClient web = j.createWebClient()) {
            String trends = web.goTo("job/deleted/perftracker/trends", "application/json").getWebResponse()
                    .getContentAsString();
            assertThat(trends).contains("\"label\":\"#1\"", "\"label\":\"#3\"").doesNotContain("\"label\":\"#2\"");
        }
    }

    private static WorkflowJob threeBuilds(final JenkinsRule j, final String name) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, name);
        for (int i = 0; i < 3; i++) {
            build(j, job, 100 + i, "", Result.SUCCESS);
        }
        return job;
    }

    /** Flips a byte inside the first record of the log: whole records follow it, so this is damage. */
    private static void damageTheLog(final WorkflowJob job) throws Exception {
        Path index = SeriesIndexes.directory(job);
        Path log = index.resolve(Files.readString(index.resolve("CURRENT")).trim()).resolve("builds.log");
        byte[] bytes = Files.readAllBytes(log);
        assertThat(ByteBuffer.wrap(bytes).getInt(0) + 8).as("more than one record").isLessThan(bytes.length);
        bytes[10] ^= 0x10;
        Files.write(log, bytes);
    }

    private static String trends(final JenkinsRule.WebClient web) throws Exception {
        return web.goTo("job/queued/perftracker/trends", "application/json").getWebResponse().getContentAsString();
    }

    private static void awaitRebuild(final WorkflowJob job) throws InterruptedException {
        for (int i = 0; i < 600 && SeriesIndexes.isRebuilding(job); i++) {
            Thread.sleep(100);
        }
        assertThat(SeriesIndexes.isRebuilding(job)).as("rebuilt within a minute").isFalse();
    }
}
