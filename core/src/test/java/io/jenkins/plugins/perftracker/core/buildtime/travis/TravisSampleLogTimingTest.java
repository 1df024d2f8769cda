package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

import static org.assertj.core.api.Assertions.*;

/**
 * Timings of the 858 KB sample log against the raw {@code travis_time:end} markers in the file (16 of them,
 * every one closing a complete substage; the other two substages are folds without timing).
 */
class TravisSampleLogTimingTest {
    private static TravisLog log;

    @BeforeAll
    static void parse() throws Exception {
        log = TravisLogParserTest.parse("test_sample_travis_log", TravisLogParserTest.STARTED,
                TravisBuildConfig.NONE);
    }

    private static StageTiming named(final String name) {
        return log.getStages().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void shouldTimeSubstagesFromTheirOwnTimeEndMarker() {
        // line 3: travis_time:start:29db6a24 ... end:29db6a24:start=1408282815329854910,...,duration=133671011
        assertThat(named("git.1").getDuration()).isEqualTo(Duration.ofNanos(133_671_011L));
        assertThat(named("git.1").getCommand()).startsWith("git clone --depth=50 --branch=master");
        // line 26: install.1 opens with travis_time:start:005b6492, which ends with duration=12249415
        assertThat(named("install.1").getDuration()).isEqualTo(Duration.ofNanos(12_249_415L));
        // line 810: after_script.5 is timed by 01593630, duration=4671403086
        assertThat(named("after_script.5").getDuration()).isEqualTo(Duration.ofNanos(4_671_403_086L));
    }

    @Test
    void shouldKeepEveryTimedSubstageSoTheDurationsAddUpToTheMarkers() {
        // the sum of the 16 duration= values in the file
        assertThat(log.getTotalDuration()).isEqualTo(Duration.ofNanos(90_516_956_550L));
        List<StageTiming> untimed = log.getStages().stream().filter(s -> s.getStart() == null).toList();
        assertThat(untimed).hasSize(2).allSatisfy(s -> assertThat(s.getDuration()).isZero());
    }

    @Test
    void shouldKeepTheSubstagesInLogOrder() {
        List<StageTiming> timed = log.getStages().stream().filter(s -> s.getStart() != null).toList();

        for (int i = 1; i < timed.size(); i++) {
            assertThat(timed.get(i).getStart()).isAfterOrEqualTo(timed.get(i - 1).getFinish());
        }
    }
}
