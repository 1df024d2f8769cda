package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.Trigger;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

import static org.assertj.core.api.Assertions.*;

/** Travis API job data to records; expected values from python-lib's {@code travis_test.py}. */
class TravisJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** DICT_JOB_158_1 of travis_test.py: started before timing tags existed, so timed from its timestamps. */
    private static final String JOB_158_1 = "{\"job\": {\"number\": \"158.1\", \"repository_slug\": "
            + "\"buildtimetrend/python-lib\", \"state\": \"passed\", \"started_at\": \"2014-07-08T11:18:13Z\", "
            + "\"finished_at\": \"2014-07-08T11:19:55Z\", \"config\": {\"language\": \"python\", \"python\": \"2.7\"}},"
            + " \"commit\": {\"branch\": \"master\"}}";

    private static JsonNode resource(final String name) throws IOException {
        try (InputStream in = TravisJobTest.class.getResourceAsStream("/buildtime/travis/api/" + name)) {
            return JSON.readTree(in);
        }
    }

    @ParameterizedTest(name = "{0}") // test_get_build_matrix_c, _python, _java, _android
    @CsvSource({"job_c.json, clang c osx TOXENV=py26", "job_python.json, python 2.7 linux",
            "job_java.json, openjdk7 java", "job_android.json, android android-20 build-tools-21.1.2 linux"})
    void shouldSummariseTheBuildMatrixAsBuildtimeTrend(final String file, final String summary) throws Exception {
        TravisJob job = TravisJob.fromJson(resource(file), null);

        BuildTimeRecord record = job.toRecord(TravisLogParser.parse(new StringReader(""), Path.of("log"),
                job.getStartedAt(), job.getBuildConfig()));

        assertThat(record.getMatrix().getSummary()).isEqualTo(summary);
    }

    @Test // DICT_BUILD_485[0] and test_get_substage_name
    void shouldReadTheJobPropertiesAndNameSubstagesFromItsConfig() throws Exception {
        JsonNode build = JSON.readTree("{\"event_type\": \"push\"}");
        TravisJob job = TravisJob.fromJson(resource("job_java.json"), build);

        BuildTimeRecord record = job.toRecord(TravisLogParser.parse(new StringReader(""), Path.of("log"),
                job.getStartedAt(), job.getBuildConfig()));

        assertThat(record.getBuild()).isEqualTo("485");
        assertThat(record.getJob()).isEqualTo("485.1");
        assertThat(record.getRepo()).isEqualTo("ruleant/getback_gps");
        assertThat(record.getBranch()).isEqualTo("master");
        assertThat(record.getCiPlatform()).isEqualTo("travis");
        assertThat(record.getResult()).isEqualTo(BuildResult.PASSED);
        assertThat(record.getTrigger()).isEqualTo(Trigger.PUSH);
        assertThat(record.getStartedAt()).isEqualTo(Instant.parse("2014-09-18T19:14:46Z"));
        assertThat(record.getFinishedAt()).isEqualTo(Instant.parse("2014-09-18T19:20:12Z"));
        assertThat(record.getMatrix().getAxes()).containsEntry("jdk", "openjdk7").containsEntry("language", "java");
        assertThat(job.getBuildConfig().substageName("mvn -v")).isEqualTo("before_install.4");
        assertThat(job.getBuildConfig().substageName("test_command.sh")).isEmpty();
    }

    @Test // test_process_build_job: DICT_JOB_158_1 'duration': 102.0
    void shouldTimeAJobStartedBeforeTimingTagsFromItsTimestamps() throws Exception {
        TravisJob job = TravisJob.fromJson(JSON.readTree(JOB_158_1), null);
        TravisLog log = TravisLogParserTest.parse("test_sample_travis_log", job.getStartedAt(),
                job.getBuildConfig());

        BuildTimeRecord record = job.toRecord(log);

        assertThat(record.getDuration()).isEqualTo(Duration.ofSeconds(102));
        assertThat(record.getStages()).isEmpty();
        assertThat(record.getAgent().getHostname()).isEqualTo("worker-linux-12-1.bb.travis-ci.org");
        assertThat(record.getMatrix().getSummary()).isEqualTo("python 2.7");
    }

    @Test
    void shouldTimeAJobWithTimingTagsByTheSumOfItsSubstages() throws Exception {
        String json = JOB_158_1.replace("2014-07-08T11:18:13Z", "2014-08-17T13:40:14Z")
                .replace("2014-07-08T11:19:55Z", "2014-08-17T13:41:50Z");
        TravisJob job = TravisJob.fromJson(JSON.readTree(json), JSON.readTree("{\"event_type\":\"pull_request\"}"));
        TravisLog log = TravisLogParserTest.parse("test_sample_travis_time_tags", job.getStartedAt(),
                job.getBuildConfig());

        BuildTimeRecord record = job.toRecord(log);

        assertThat(record.getStages()).hasSize(4);
        assertThat(record.getDuration()).isEqualTo(Duration.ofNanos(8_438_143_136L));
        assertThat(record.getTrigger()).isEqualTo(Trigger.PULL_REQUEST);
    }

    @Test
    void shouldNameTheJsonPathOfABadValue() {
        assertThatThrownBy(() -> TravisJob.fromJson(JSON.readTree("{\"commit\": {}}"), null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("$.job");
        assertThatThrownBy(() -> TravisJob.fromJson(JSON.readTree(JOB_158_1.replace("2014-07-08T11:18:13Z",
                "yesterday")), null)).hasMessageContaining("$.job.started_at").hasMessageContaining("yesterday");
        assertThatThrownBy(() -> TravisJob.fromJson(JSON.readTree(JOB_158_1.replace("\"158.1\"", "null")), null)
                .toRecord(new TravisLog(java.util.List.of(), null, null, null)))
                .hasMessageContaining("$.job.number");
    }
}
