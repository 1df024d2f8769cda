package io.jenkins.plugins.perftracker.core.ingest;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.perftracker.core.ingest.perftracker.PerfTrackerTextReader;

import static io.jenkins.plugins.perftracker.core.ingest.ResourceFiles.*;
import static org.assertj.core.api.Assertions.*;

/** Issue 12: a problem never quotes more of an untrusted file than a short, escaped excerpt. */
class ExcerptTest {
    @TempDir
    Path dir;

    @Test
    void shouldEscapeControlCharactersAndCutLongText() {
        assertThat(Excerpt.of("a\u0000b\u001b[31mc\u007f")).isEqualTo("a\\u0000b\\u001b[31mc\\u007f");
        assertThat(Excerpt.of("x".repeat(100))).hasSize(61).endsWith("…");
        assertThat(Excerpt.of("\uD83D\uDE80 ok \uD800")).isEqualTo("\uD83D\uDE80 ok \\ud800");
    }

    @Test
    void shouldCapAndEscapeEveryProblem() {
        ResultFormatException e = new ResultFormatException(Path.of("f"), "line\n1", "bad \u0000" + "y".repeat(5000));

        assertThat(e.getProblem()).hasSizeLessThan(ResultFormatException.MAX_PROBLEM + 10).endsWith("…").startsWith("bad \\u0000");
        assertThat(e.getLocation()).isEqualTo("line\\u000a1");
        assertThat(e.getMessage()).doesNotContain("\u0000");
    }

    @Test
    void shouldQuoteOnlyAnExcerptOfABadValueInAFile() {
        Path file = write(dir, "out.txt", "tag: a; score: 1; loops: \u001b[2J" + "9".repeat(10_000) + "x;\n");

        assertThatThrownBy(() -> new PerfTrackerTextReader().read(file)).satisfies(e -> {
            assertThat(e.getMessage()).hasSizeLessThan(file.toString().length() + 200).contains("\\u001b[2J")
                    .doesNotContain("\u001b");
        });
    }
}
