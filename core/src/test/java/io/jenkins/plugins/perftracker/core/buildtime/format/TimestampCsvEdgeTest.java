package io.jenkins.plugins.perftracker.core.buildtime.format;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

import static org.assertj.core.api.Assertions.*;

class TimestampCsvEdgeTest {
    private static List<StageTiming> read(final String csv) throws Exception {
        return TimestampCsvReader.read(new StringReader(csv), Path.of("t.csv"), null);
    }

    @Test
    void shouldReadTimestampsAsPythonFloatDoes() throws Exception {
        List<StageTiming> stages = read("a,1.39637873E9\nb, 1396378740 \nend,1396378740.5\n");

        assertThat(stages.get(0).getStart()).isEqualTo(Instant.ofEpochSecond(1396378730));
        assertThat(stages.get(0).getDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(stages.get(1).getDuration()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void shouldGiveNoStagesForAnEmptyFileOrASingleEndRow() throws Exception {
        assertThat(read("")).isEmpty();
        assertThat(read("\n\n")).isEmpty();
        assertThat(TimestampCsvReader.read(new StringReader("done,5\n"), Path.of("t.csv"),
                Instant.ofEpochSecond(10))).isEmpty();
    }

    @Test
    void shouldRefuseAFileWithTooManyLines() {
        String csv = "a,1\n".repeat(100_001);

        assertThatThrownBy(() -> read(csv)).isInstanceOf(ResultFormatException.class)
                .hasMessageContaining("line 100001").hasMessageContaining("at most 100000 lines");
    }

    @Test
    void shouldRefuseAnEndTimeBeforeTheLastEvent() {
        assertThatThrownBy(() -> TimestampCsvReader.read(new StringReader("a,100\n"), Path.of("t.csv"),
                Instant.ofEpochSecond(50))).hasMessageContaining("line 1").hasMessageContaining("not before");
    }

    @Test
    void shouldRefuseTimestampsOutsideTheInstantRange() {
        assertThatThrownBy(() -> read("a,1e30\n")).hasMessageContaining("seconds since the epoch expected");
        assertThatThrownBy(() -> read("a,NaN\n")).hasMessageContaining("'NaN'");
    }
}
