package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

import static org.assertj.core.api.Assertions.*;

/**
 * The real Buildtime Trend samples; every expected value is python-lib's own
 * ({@code buildtimetrend/travis/test/travis_test.py} @3235fab, test names given per method).
 */
class TravisLogParserTest {
    /** travis_test.py sets started_at = 2014-08-17T13:40:14Z before parsing, so timing tags are read. */
    static final Instant STARTED = Instant.parse("2014-08-17T13:40:14Z");

    static TravisLog parse(final String resource, final Instant started, final TravisBuildConfig config)
            throws IOException, ResultFormatException {
        try (Reader reader = new InputStreamReader(TravisLogParserTest.class.getResourceAsStream(
                "/buildtime/travis/" + resource), StandardCharsets.UTF_8)) {
            return TravisLogParser.parse(reader, Path.of(resource), started, config);
        }
    }

    /** Python's timestamp_seconds keep microseconds (split_timestamp truncates); we keep nanoseconds. */
    static Instant micros(final long seconds, final long micros) {
        return Instant.ofEpochSecond(seconds, micros * 1000);
    }

    static List<String> names(final TravisLog log) {
        return log.getStages().stream().map(StageTiming::getName).toList();
    }

    @Test // test_parse_valid_job_log + test_parse_travis_time_tag
    void shouldReadFourSubstagesFromTheTimeTagSample() throws Exception {
        TravisLog log = parse("test_sample_travis_time_tags", STARTED, TravisBuildConfig.NONE);

        assertThat(names(log)).containsExactly("install.4", "after_script.2", "after_script.3", "");
        StageTiming install = log.getStages().get(0);
        assertThat(install.getCommand()).isEqualTo("CFLAGS=\"-O0\" pip install -r requirements-tests.txt");
        assertThat(install.getStart().truncatedTo(ChronoUnit.MICROS)).isEqualTo(micros(1408282890, 843065));
        assertThat(install.getFinish().truncatedTo(ChronoUnit.MICROS)).isEqualTo(micros(1408282894, 494005));
        assertThat(install.getDuration()).isEqualTo(Duration.ofNanos(3_650_939_474L));
        StageTiming coveralls = log.getStages().get(1);
        assertThat(coveralls.getCommand()).isEqualTo("coveralls");
        assertThat(coveralls.getStart().truncatedTo(ChronoUnit.MICROS)).isEqualTo(micros(1408282896, 480781));
        assertThat(coveralls.getDuration()).isEqualTo(Duration.ofNanos(4_777_942_342L));
        StageTiming echo = log.getStages().get(2);
        assertThat(echo.getCommand()).isEqualTo("echo $TRAVIS_TEST_RESULT");
        assertThat(echo.getStart()).isNull();
        assertThat(echo.getDuration()).isZero();
        StageTiming done = log.getStages().get(3);
        assertThat(done.getCommand()).isEqualTo("timestamp.sh Done");
        assertThat(done.getDuration()).isEqualTo(Duration.ofNanos(9_261_320L));
        assertThat(log.getStartedAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(micros(1408282890, 843065));
        assertThat(log.getFinishedAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(micros(1408282901, 287937));
    }

    @Test // test_parse_incorrect_job_log + test_parse_travis_time_tag_incorrect
    void shouldDropTheSubstagesWithAWrongFoldEndOrAWrongHash() throws Exception {
        TravisLog log = parse("test_sample_travis_time_tags_incorrect", STARTED, TravisBuildConfig.NONE);

        assertThat(names(log)).containsExactly("after_script.3", "");
        assertThat(log.getStages().get(0).getCommand()).isEqualTo("echo $TRAVIS_TEST_RESULT");
        assertThat(log.getStages().get(1).getCommand()).isEqualTo("timestamp.sh Done");
        assertThat(log.getStartedAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(micros(1408282901, 278675));
        assertThat(log.getFinishedAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(micros(1408282901, 287937));
    }

    @Test // test_parse_valid_job_log_travis_sample (_check_travis_log)
    void shouldReadEighteenSubstagesAndTheWorkerFromTheFullLog() throws Exception {
        TravisLog log = parse("test_sample_travis_log", STARTED, TravisBuildConfig.NONE);

        assertThat(names(log)).containsExactly("git.1", "", "git.3", "", "", "", "", "install.1", "install.2",
                "install.3", "install.4", "", "", "after_script.1", "after_script.2", "after_script.3",
                "after_script.4", "after_script.5");
        assertThat(log.getStartedAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(micros(1408282815, 329854));
        assertThat(log.getFinishedAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(micros(1408282905, 966106));
        assertThat(log.getWorker().getHostname()).isEqualTo("worker-linux-12-1.bb.travis-ci.org");
        assertThat(log.getWorker().getOs()).isEqualTo("travis-linux-11");
    }

    @Test
    void shouldSumTheSubstageDurationsAsTheJobDuration() throws Exception {
        TravisLog log = parse("test_sample_travis_time_tags", STARTED, TravisBuildConfig.NONE);

        // 3650939474 + 4777942342 + 0 + 9261320 ns, the durations in the sample's time-end markers
        assertThat(log.getTotalDuration()).isEqualTo(Duration.ofNanos(8_438_143_136L));
    }

    @Test
    void shouldNameUnnamedSubstagesFromTheBuildConfig() throws Exception {
        TravisBuildConfig config = TravisBuildConfig.of(Map.of("after_script",
                List.of("coveralls", "echo $TRAVIS_TEST_RESULT", "timestamp.sh Done")));

        TravisLog log = parse("test_sample_travis_time_tags", STARTED, config);

        assertThat(names(log)).containsExactly("install.4", "after_script.2", "after_script.3", "after_script.3");
    }

    @Test
    void shouldIgnoreTimingTagsOfJobsStartedBeforeTheSeventhOfAugust2014() throws Exception {
        TravisLog old = parse("test_sample_travis_log", Instant.parse("2014-08-06T23:59:59Z"),
                TravisBuildConfig.NONE);
        TravisLog unknown = parse("test_sample_travis_log", null, TravisBuildConfig.NONE);

        assertThat(old.getStages()).isEmpty();
        assertThat(unknown.getStages()).isEmpty();
        assertThat(old.getWorker().getHostname()).isEqualTo("worker-linux-12-1.bb.travis-ci.org");
    }

    @Test
    void shouldReadTimingTagsOnlyStrictlyAfterTheCutOff() {
        assertThat(TravisLogParser.hasTimingTags(TravisLogParser.TIMING_TAGS_SINCE)).isFalse();
        assertThat(TravisLogParser.hasTimingTags(TravisLogParser.TIMING_TAGS_SINCE.plusSeconds(1))).isTrue();
    }
}
