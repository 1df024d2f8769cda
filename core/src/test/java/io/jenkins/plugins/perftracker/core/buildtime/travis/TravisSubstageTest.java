package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

import static org.assertj.core.api.Assertions.*;

/**
 * The substage state machine, case by case as python-lib's {@code buildtimetrend/travis/test/substage_test.py}
 * (@3235fab) checks it; constants from its {@code test/constants.py}.
 */
class TravisSubstageTest {
    private static final String VALID_HASH1 = "1234abcd";
    private static final String VALID_HASH2 = "1234abce";
    private static final String INVALID_HASH = "abcd1234";
    /** TIMESTAMP_NANO_STARTED and TIMESTAMP_NANO_FINISHED. */
    private static final long STARTED = 1_396_378_500_000_000_000L;
    private static final long FINISHED = 1_396_378_871_234_568_000L;
    private static final long DURATION_NANO = 11_000_000_000L;

    private final TravisSubstage substage = new TravisSubstage();

    @Test // test_novalue
    void shouldStartEmpty() {
        assertThat(substage.hasStarted()).isFalse();
        assertThat(substage.hasFinished()).isFalse();
        assertThat(substage.isIncomplete()).isFalse();
        assertThat(substage.hasName()).isFalse();
        assertThat(substage.getName()).isEmpty();
        assertThat(substage.getCommand()).isEmpty();
    }

    @Test // test_process_parsed_tags_full
    void shouldFinishANamedTimedSubstageOnlyAtItsFoldEnd() {
        substage.startStage("stage1", "substage1");
        assertThat(substage.hasStarted()).isTrue();
        assertThat(substage.getName()).isEqualTo("stage1.substage1");
        substage.startTime(VALID_HASH1);
        substage.command("command1.sh");
        substage.endTime(VALID_HASH1, STARTED, FINISHED, DURATION_NANO);
        assertThat(substage.hasFinished()).isFalse();

        substage.endStage("stage1", "substage1");

        assertThat(substage.isIncomplete()).isFalse();
        assertThat(substage.hasFinished()).isTrue();
        StageTiming stage = substage.toStage();
        assertThat(stage.getName()).isEqualTo("stage1.substage1");
        assertThat(stage.getCommand()).isEqualTo("command1.sh");
        assertThat(stage.getStart()).isEqualTo(Instant.parse("2014-04-01T18:55:00Z"));
        assertThat(substage.getFinish()).isEqualTo(Instant.parse("2014-04-01T19:01:11.234568Z"));
        assertThat(stage.getDuration()).isEqualTo(Duration.ofSeconds(11));
    }

    @Test // test_process_parsed_tags_no_starttag
    void shouldFinishAnUnnamedSubstageAtItsTimeEnd() {
        substage.startTime(VALID_HASH1);
        substage.command("command1.sh");
        assertThat(substage.hasFinished()).isFalse();

        substage.endTime(VALID_HASH1, STARTED, FINISHED, DURATION_NANO);

        assertThat(substage.hasFinished()).isTrue();
        assertThat(substage.toStage().getName()).isEmpty();
        assertThat(substage.toStage().getDuration()).isEqualTo(Duration.ofSeconds(11));
    }

    @Test // test_process_parsed_tags_no_timing
    void shouldFinishANamedUntimedSubstageAtItsFoldEndWithZeroDuration() {
        substage.startStage("stage1", "substage1");
        substage.command("command1.sh");
        assertThat(substage.hasFinished()).isFalse();

        substage.endStage("stage1", "substage1");

        assertThat(substage.hasFinished()).isTrue();
        assertThat(substage.toStage().getDuration()).isZero();
        assertThat(substage.toStage().getStart()).isNull();
    }

    @Test // test_process_start_stage
    void shouldKeepTheFirstName() {
        substage.startStage("stage1", "substage1");
        substage.startStage("stage1", "substage2");

        assertThat(substage.getName()).isEqualTo("stage1.substage1");
    }

    @Test // test_process_start_time: the second hash is ignored, so only the first one can end the timing
    void shouldKeepTheFirstTimingHash() {
        substage.startTime(VALID_HASH1);
        substage.startTime(VALID_HASH2);

        substage.endTime(VALID_HASH1, STARTED, FINISHED, DURATION_NANO);

        assertThat(substage.isIncomplete()).isFalse();
        assertThat(substage.hasFinished()).isTrue();
    }

    @Test // test_process_command, test_process_command_has_name
    void shouldKeepTheFirstCommand() {
        substage.command("command1.sh");
        substage.command("command2.sh");

        assertThat(substage.getCommand()).isEqualTo("command1.sh");
        assertThat(substage.hasStarted()).isTrue();
        assertThat(substage.hasFinished()).isTrue(); // a bare command ends at once
    }

    @Test
    void shouldNotLetAFoldStartNameASubstageThatHasACommand() {
        substage.command("command1.sh");
        substage.startStage("stage1", "substage1");

        assertThat(substage.hasName()).isFalse();
    }

    @Test // test_process_end_time_not_started
    void shouldMarkATimeEndWithoutStartIncomplete() {
        substage.endTime(VALID_HASH1, STARTED, FINISHED, DURATION_NANO);

        assertThat(substage.isIncomplete()).isTrue();
        assertThat(substage.hasFinished()).isTrue();
    }

    @Test // test_process_end_time_invalid_hash
    void shouldMarkATimeEndWithAnotherHashIncomplete() {
        substage.startTime(VALID_HASH1);

        substage.endTime(INVALID_HASH, STARTED, FINISHED, DURATION_NANO);

        assertThat(substage.isIncomplete()).isTrue();
        assertThat(substage.hasFinished()).isTrue();
    }

    @Test // test_process_end_stage_not_started
    void shouldMarkAFoldEndWithoutStartIncomplete() {
        substage.endStage("stage1", "substage1");

        assertThat(substage.isIncomplete()).isTrue();
        assertThat(substage.hasFinished()).isTrue();
    }

    @Test // test_process_end_stage_invalid_name
    void shouldMarkAFoldEndWithAnotherNameIncomplete() {
        substage.startStage("stage1", "substage1");

        substage.endStage("stage1", "substage2");

        assertThat(substage.isIncomplete()).isTrue();
        assertThat(substage.hasFinished()).isTrue();
    }

    @Test
    void shouldMarkNegativeTimingsIncomplete() {
        substage.startTime(VALID_HASH1);

        substage.endTime(VALID_HASH1, -1, FINISHED, DURATION_NANO);

        assertThat(substage.isIncomplete()).isTrue();
    }

    @Test
    void shouldTakeAResolvedName() {
        substage.command("make");
        substage.name("script.1");

        assertThat(substage.hasName()).isTrue();
        assertThat(substage.toStage().getPath()).containsExactly("script.1");
    }
}
