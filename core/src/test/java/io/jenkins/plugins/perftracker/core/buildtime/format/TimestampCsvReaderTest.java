package io.jenkins.plugins.perftracker.core.buildtime.format;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

import static org.assertj.core.api.Assertions.*;

/** Expected values from python-lib's {@code buildtimetrend/test/stages_test.py} and {@code constants.py}. */
class TimestampCsvReaderTest {
    private static final Path FILE = Path.of("timestamps.csv");
    /** constants.TIMESTAMP1 and TIMESTAMP4. */
    private static final Instant T1 = Instant.ofEpochSecond(1396378735);
    private static final Instant T4 = Instant.ofEpochSecond(1396378752);

    private static List<StageTiming> read(final String csv, final Instant end) throws Exception {
        return TimestampCsvReader.read(new StringReader(csv), FILE, end);
    }

    @Test // test_read_csv, test_total_duration
    void shouldReadTheSampleFileIntoThreeStages() throws Exception {
        List<StageTiming> stages;
        try (Reader reader = new InputStreamReader(getClass().getResourceAsStream(
                "/buildtime/travis/testsample_timestamps.csv"), StandardCharsets.UTF_8)) {
            stages = TimestampCsvReader.read(reader, FILE, null);
        }

        assertThat(stages).extracting(StageTiming::getName).containsExactly("stage1", "stage2", "stage3");
        assertThat(stages).extracting(StageTiming::getDuration)
                .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));
        assertThat(stages.get(0).getStart()).isEqualTo(T1);
        assertThat(stages.get(2).getFinish()).isEqualTo(T4);
    }

    @ParameterizedTest // test_parse_timestamps_end, _caps, _done, _finished, _completed
    @ValueSource(strings = {"end", "End", "done", "finished", "completed", "COMPLETED"})
    void shouldStopAtAnEndEvent(final String tag) throws Exception {
        List<StageTiming> stages = read("\"stage1\",\"1396378735\"\n\"" + tag + "\",\"1396378752\"\n"
                + "\"end\",\"1396378755\"\n", null);

        assertThat(stages).singleElement().satisfies(stage -> {
            assertThat(stage.getName()).isEqualTo("stage1");
            assertThat(stage.getDuration()).isEqualTo(Duration.ofSeconds(17));
        });
    }

    @Test // test_parse_timestamps_end_no_match
    void shouldTreatAnEventThatOnlyStartsWithEndAsAStage() throws Exception {
        List<StageTiming> stages = read("stage1,1396378735\nend_tag,1396378752\nend,1396378755\n", null);

        assertThat(stages).extracting(StageTiming::getName).containsExactly("stage1", "end_tag");
        assertThat(stages.get(1).getDuration()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test // test_parse_timestamps_end_timestamp
    void shouldEndTheLastOpenStageAtTheGivenEndTime() throws Exception {
        assertThat(read("stage1,1396378735\n", null)).isEmpty();
        assertThat(read("stage1,1396378735\n", T4)).singleElement()
                .satisfies(stage -> assertThat(stage.getDuration()).isEqualTo(Duration.ofSeconds(17)));
        assertThat(read("stage1,1396378735\nend,1396378752\n", T4.plusSeconds(100))).hasSize(1);
    }

    @Test // test_parse_timestamps_nanoseconds: TIMESTAMP_STARTED 1396378500 to TIMESTAMP_FINISHED 1396378871.234568
    void shouldKeepFractionalSeconds() throws Exception {
        List<StageTiming> stages = read("stage1,1396378500\n", Instant.ofEpochSecond(1396378871, 234_568_000));

        assertThat(stages.get(0).getDuration()).isEqualTo(Duration.ofSeconds(371, 234_568_000));
        assertThat(read("a,1.5\nb,2.25\n", null).get(0).getDuration()).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void shouldUnquoteDoubledQuotesAndSkipBlankLines() throws Exception {
        List<StageTiming> stages = read("\"say \"\"hi\"\", then go\",10\n\nend,12\n", null);

        assertThat(stages).extracting(StageTiming::getName).containsExactly("say \"hi\", then go");
    }

    @Test
    void shouldNameFileAndLineOfABadRow() {
        assertThatThrownBy(() -> read("stage1,1\nstage2\n", null)).isInstanceOf(ResultFormatException.class)
                .hasMessageContaining("timestamps.csv, line 2").hasMessageContaining("stage2");
        assertThatThrownBy(() -> read("stage1,1\nstage2,soon\n", null))
                .hasMessageContaining("line 2, column 2").hasMessageContaining("soon");
        assertThatThrownBy(() -> read("stage1,10\nstage2,5\n", null))
                .hasMessageContaining("line 2").hasMessageContaining("not before the previous one");
        assertThatThrownBy(() -> read("\"open,1\n", null)).hasMessageContaining("line 1");
    }
}
