package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

import static org.assertj.core.api.Assertions.*;

class LogLinesTest {
    private static List<String> lines(final String text, final long max) throws Exception {
        LogLines lines = new LogLines(new StringReader(text), Path.of("job.log"), max);
        List<String> all = new ArrayList<>();
        for (String line = lines.next(); line != null; line = lines.next()) {
            all.add(line);
        }
        return all;
    }

    @Test
    void shouldSplitAtLineFeedsOnlyAndKeepCarriageReturns() throws Exception {
        assertThat(lines("a\r\u001b[0Kb\r\nc\rd\n\ne", 100)).containsExactly("a\r\u001b[0Kb\r", "c\rd", "", "e");
    }

    @Test
    void shouldGiveNothingForAnEmptyLog() throws Exception {
        assertThat(lines("", 100)).isEmpty();
        assertThat(lines("\n", 100)).containsExactly("");
    }

    @Test
    void shouldCountLines() throws Exception {
        LogLines lines = new LogLines(new StringReader("a\nb\nc"), Path.of("x"), 100);
        lines.next();
        lines.next();
        lines.next();

        assertThat(lines.lineNumber()).isEqualTo(3);
        assertThat(lines.next()).isNull();
    }

    @Test
    void shouldCutOverlongLinesAndGoOn() throws Exception {
        String longLine = "x".repeat(LogLines.MAX_LINE + 10);

        List<String> all = lines(longLine + "\nnext\n", Long.MAX_VALUE);

        assertThat(all.get(0)).hasSize(LogLines.MAX_LINE);
        assertThat(all.get(1)).isEqualTo("next");
    }

    @Test
    void shouldAcceptALogOfExactlyTheLimitAndRefuseOneMore() throws Exception {
        assertThat(lines("abcd\n", 5)).containsExactly("abcd");
        assertThatThrownBy(() -> lines("abcd\ne", 5)).isInstanceOf(ResultFormatException.class)
                .hasMessageStartingWith("job.log, line ");
    }
}
