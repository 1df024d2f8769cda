package io.jenkins.plugins.perftracker.core.ingest;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.gotestjson.GoTestJsonReader;
import io.jenkins.plugins.perftracker.core.ingest.junit.JUnitReader;
import io.jenkins.plugins.perftracker.core.ingest.perftracker.PerfTrackerJsonReader;
import io.jenkins.plugins.perftracker.core.ingest.perftracker.PerfTrackerTextReader;
import io.jenkins.plugins.perftracker.core.model.PerfRun;

import static org.assertj.core.api.Assertions.*;

/**
 * Issue 12: inputs larger than the heap, streamed from a generator (no disk), in the surefire execution
 * "bounded-memory" (-Xmx256m, core/pom.xml). Before the fix each of them ended in OutOfMemoryError: a Jackson
 * tree of an unknown field, a coalesced {@code <system-out>}, an unbounded {@code readLine}.
 */
@Tag("bounded-memory")
class ReadersBoundedMemoryTest {
    private static final long MB = 1024 * 1024;
    private static final Path NAME = Path.of("generated");

    @Test
    void shouldRunWithASmallHeap() {
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m").isLessThan(300 * MB);
    }

    @Test
    void shouldSkipA500MegabyteUnknownFieldInPerfTrackerJson() throws Exception {
        GeneratedInput job = new GeneratedInput("{\"job_title\": \"big\", \"extra\": [", "1234567, ", 500 * MB,
                "0], \"tests\": [{\"tag\": \"a\", \"scores\": [1.5], \"raw\": \"" + "x".repeat(1000) + "\"}]}");

        PerfRun run = new PerfTrackerJsonReader().read(NAME, job);

        assertThat(run.getTitle()).isEqualTo("big");
        assertThat(run.getTests()).singleElement().satisfies(t -> assertThat(t.getScores()).containsExactly(1.5));
    }

    @Test
    void shouldRefuseAHugeKnownFieldOfATestWithItsPosition() {
        GeneratedInput job = new GeneratedInput("[{\"tag\": \"a\", \"scores\": [", "1, ", 300 * MB, "1]}]");

        assertThatThrownBy(() -> new PerfTrackerJsonReader().read(NAME, job))
                .isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).startsWith("line 1, column");
                    assertThat(e.getProblem()).contains("too large to read");
                });
    }

    @Test
    void shouldSkipA300MegabyteSystemOutInJUnitXml() throws Exception {
        GeneratedInput xml = new GeneratedInput("<testsuite name=\"s\"><testcase name=\"t\" time=\"1.25\"/>"
                + "<system-out>", "log line with some text\n", 300 * MB, "</system-out></testsuite>");

        PerfRun run = new JUnitReader().read(NAME, xml);

        assertThat(run.getTests()).singleElement().satisfies(t -> assertThat(t.getScores()).containsExactly(1.25));
    }

    @Test
    void shouldRefuseA100MegabyteGoTestJsonLineNamingIt() {
        GeneratedInput events = new GeneratedInput("{\"Action\":\"start\",\"Package\":\"p\"}\n"
                + "{\"Action\":\"output\",\"Package\":\"p\",\"Output\":\"", "0123456789", 100 * MB, "\"}\n");

        assertThatThrownBy(() -> new GoTestJsonReader().read(NAME, events))
                .isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).isEqualTo("line 2");
                    assertThat(e.getProblem()).startsWith("an event line of at most 1048576 characters expected");
                });
    }

    @Test
    void shouldSkipA100MegabyteLineOfOtherOutputInPerfTrackerText() throws Exception {
        GeneratedInput text = new GeneratedInput("tag: a; score: 2.5;\n", "noise ", 100 * MB,
                "\ntag: b; score: 3;\n");

        PerfRun run = new PerfTrackerTextReader().read(NAME, text);

        assertThat(run.getTests()).extracting(t -> t.getTag()).containsExactly("a", "b");
    }
}
