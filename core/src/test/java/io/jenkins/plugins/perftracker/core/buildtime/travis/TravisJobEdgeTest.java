package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

import static org.assertj.core.api.Assertions.*;

/** Job data that python-lib's tests do not cover: missing times, odd states, configs from the build. */
class TravisJobEdgeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String E = "\r\u001b[0K";

    private static JsonNode job(final String fields) throws Exception {
        return JSON.readTree("{\"job\": {\"number\": \"12\", \"repository_slug\": \"o/r\", " + fields + "}}");
    }

    private static BuildTimeRecord record(final TravisJob job, final String log) throws Exception {
        return job.toRecord(TravisLogParser.parse(new StringReader(log), Path.of("log"), job.getStartedAt(),
                job.getBuildConfig()));
    }

    @Test
    void shouldTakeTheBuildNumberFromAJobNumberWithoutDot() throws Exception {
        BuildTimeRecord record = record(TravisJob.fromJson(job("\"state\": \"failed\", \"finished_at\": "
                + "\"2015-01-01T00:00:00Z\""), null), "");

        assertThat(record.getBuild()).isEqualTo("12");
        assertThat(record.getJob()).isEqualTo("12");
        assertThat(record.getResult()).isEqualTo(BuildResult.FAILED);
        assertThat(record.getBranch()).isEmpty();
        assertThat(record.getTrigger()).isNull();
        assertThat(record.getDuration()).isZero();
    }

    @Test
    void shouldTakeAMissingFinishFromTheLastTimedSubstage() throws Exception {
        TravisJob job = TravisJob.fromJson(job("\"state\": \"errored\", \"started_at\": \"2015-01-01T00:00:00Z\""),
                null);
        String log = "travis_time:start:ab" + E + "$ make\r\n"
                + "travis_time:end:ab:start=1420070400000000000,finish=1420070460000000000,duration=60000000000" + E
                + "\n";

        BuildTimeRecord record = record(job, log);

        assertThat(record.getFinishedAt()).isEqualTo(Instant.parse("2015-01-01T00:01:00Z"));
        assertThat(record.getDuration()).isEqualTo(Duration.ofMinutes(1));
        assertThat(record.getResult()).isEqualTo(BuildResult.ERRORED);
    }

    @Test
    void shouldRefuseAJobWithoutAnyFinish() throws Exception {
        TravisJob job = TravisJob.fromJson(job("\"state\": \"passed\", \"started_at\": \"2015-01-01T00:00:00Z\""),
                null);

        assertThatThrownBy(() -> record(job, "")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("finished_at:");
    }

    @Test
    void shouldPreferTheBuildConfigForNamingSubstages() throws Exception {
        JsonNode build = JSON.readTree("{\"event_type\": \"cron\", \"config\": {\"script\": [\"make\"]}}");
        TravisJob job = TravisJob.fromJson(job("\"state\": \"passed\", \"started_at\": \"2015-01-01T00:00:00Z\","
                + " \"finished_at\": \"2015-01-01T00:02:00Z\", \"config\": {\"install\": [\"make\"]}"), build);

        BuildTimeRecord record = record(job, "travis_x $ make\r\n");

        assertThat(record.getStages().get(0).getName()).isEqualTo("script.1");
        assertThat(record.getTrigger().id()).isEqualTo("timer");
        assertThat(TravisJob.fromJson(job("\"config\": {\"install\": [\"make\"]}"), null).getBuildConfig()
                .substageName("make")).isEqualTo("install.1");
    }

    @Test
    void shouldRefuseAMissingSlug() throws Exception {
        JsonNode noSlug = JSON.readTree("{\"job\": {\"number\": \"1.1\", \"finished_at\": \"2015-01-01T00:00:00Z\"}}");

        assertThatThrownBy(() -> record(TravisJob.fromJson(noSlug, null), ""))
                .hasMessageStartingWith("$.job.repository_slug:");
        assertThatThrownBy(() -> TravisJob.fromJson(null, null)).hasMessageStartingWith("$.job:");
    }
}
