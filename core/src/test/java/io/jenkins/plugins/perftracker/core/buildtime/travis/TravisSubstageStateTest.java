package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

import static org.assertj.core.api.Assertions.*;

/** The substage state machine's edge cases, on hand-written lines in Travis' marker syntax. */
class TravisSubstageStateTest {
    private static final String E = "\r\u001b[0K";

    private static TravisLog parse(final String log) throws Exception {
        return TravisLogParser.parse(new StringReader(log), Path.of("job.log"), TravisLogParserTest.STARTED,
                TravisBuildConfig.of(Map.of("script", List.of("make", "make test"))));
    }

    private static String timeEnd(final String hash, final long start, final long duration) {
        return "travis_time:end:" + hash + ":start=" + start + ",finish=" + (start + duration) + ",duration="
                + duration + E;
    }

    @Test
    void shouldCompleteANamedSubstageAtItsFoldEnd() throws Exception {
        TravisLog log = parse("travis_fold:start:script.1" + E + "travis_time:start:ab" + E + "$ make\r\n"
                + timeEnd("ab", 1_500_000_000_000_000_000L, 2_000_000_000L) + "travis_fold:end:script.1" + E + "\n");

        assertThat(log.getStages()).singleElement().satisfies(stage -> {
            assertThat(stage.getName()).isEqualTo("script.1");
            assertThat(stage.getDuration()).isEqualTo(Duration.ofSeconds(2));
            assertThat(stage.getPath()).containsExactly("script.1");
        });
    }

    @Test
    void shouldEndAnUnnamedSubstageAtItsTimeEndAndNameItFromTheConfig() throws Exception {
        TravisLog log = parse("travis_time:start:cd" + E + "$ make test\r\n"
                + timeEnd("cd", 1_500_000_000_000_000_000L, 5L) + "\n");

        assertThat(log.getStages()).extracting(StageTiming::getName).containsExactly("script.2");
        assertThat(log.getStages().get(0).getDuration()).isEqualTo(Duration.ofNanos(5));
    }

    @Test
    void shouldEndABareCommandImmediately() throws Exception {
        TravisLog log = parse("travis_x $ make\r\n$ not-in-config\r\n");

        // the second line has no 'travis_' and is not read, as in the seed
        assertThat(log.getStages()).extracting(StageTiming::getName).containsExactly("script.1");
        assertThat(log.getStages().get(0).getStart()).isNull();
    }

    @Test
    void shouldDropASubstageWhoseTimeEndHashDoesNotMatch() throws Exception {
        TravisLog log = parse("travis_fold:start:script.1" + E + "travis_time:start:ab" + E + "$ make\r\n"
                + timeEnd("zz", 1_500_000_000_000_000_000L, 1L) + "travis_fold:end:script.1" + E + "\n");

        assertThat(log.getStages()).isEmpty();
    }

    @Test
    void shouldDropASubstageWhoseFoldEndNameDoesNotMatch() throws Exception {
        TravisLog log = parse("travis_fold:start:script.1" + E + "$ make\r\ntravis_fold:end:script.2" + E + "\n");

        assertThat(log.getStages()).isEmpty();
    }

    @Test
    void shouldDropAFoldEndWithoutAStart() throws Exception {
        TravisLog log = parse("travis_fold:end:script.1" + E + "\n");

        assertThat(log.getStages()).isEmpty();
    }

    @Test
    void shouldDropATimeEndWhoseNanosecondsExceedALong() throws Exception {
        TravisLog log = parse("travis_time:start:ab" + E + "$ make\r\n"
                + "travis_time:end:ab:start=99999999999999999999,finish=1,duration=1" + E + "\n");

        assertThat(log.getStages()).isEmpty();
    }

    @Test
    void shouldKeepTheFirstNameWhenASecondFoldStartsInsideASubstage() throws Exception {
        TravisLog log = parse("travis_fold:start:script.1" + E + "\ntravis_fold:start:script.2" + E + "\n"
                + "travis_fold:end:script.1" + E + "\n");

        assertThat(log.getStages()).extracting(StageTiming::getName).containsExactly("script.1");
    }

    @Test
    void shouldReadTheWorkerOnlyWithHostAndOsAndStripACarriageReturn() throws Exception {
        assertThat(parse("Using worker: worker-linux-12-1.bb.travis-ci.org\n").getWorker()).isNull();
        assertThat(parse("Using worker: host-1:linux-9\r\n").getWorker().getOs()).isEqualTo("linux-9");
        assertThat(parse("Using worker: a:b:c\n").getWorker().getHostname()).isEqualTo("a:b");
    }

    @Test
    void shouldRefuseALogLargerThanTheLimitNamingFileAndLine() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            log.append("line ").append(i).append('\n');
        }
        assertThatThrownBy(() -> TravisLogParser.parse(new StringReader(log.toString()), Path.of("big.log"),
                TravisLogParserTest.STARTED, TravisBuildConfig.NONE, 9000))
                .isInstanceOf(ResultFormatException.class)
                .hasMessageContaining("big.log").hasMessageContaining("line ").hasMessageContaining("at most 9000");
    }
}
