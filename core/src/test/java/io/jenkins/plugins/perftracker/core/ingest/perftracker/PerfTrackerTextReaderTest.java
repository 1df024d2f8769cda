package io.jenkins.plugins.perftracker.core.ingest.perftracker;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.perftracker.core.ingest.ReaderRegistry;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static io.jenkins.plugins.perftracker.core.ingest.ResourceFiles.*;
import static org.assertj.core.api.Assertions.*;

class PerfTrackerTextReaderTest {
    private final PerfTrackerTextReader reader = new PerfTrackerTextReader();

    @TempDir
    private Path dir;

    @Test
    void shouldReadTheClientsSample() throws Exception {
        PerfRun run = reader.read(resource("ingest/perftracker/sample.txt"));

        assertThat(run.getTests()).hasSize(6);
        PerfTest login = run.getTests().get(0);
        assertThat(login.getTag()).isEqualTo("login");
        assertThat(login.getCategory()).isEqualTo("1 clients");
        assertThat(login.getScores()).containsExactly(1.7);
        assertThat(login.isLessIsBetter()).isTrue();
        PerfTest users = run.getTests().get(5);
        assertThat(users.getTag()).isEqualTo("GET /users");
        assertThat(users.getScores()).containsExactly(82.5, 21.2);
        assertThat(users.getLoops()).isEqualTo(1237);
        assertThat(users.isLessIsBetter()).isFalse();
    }

    @Test
    void shouldReadTheSameTestsAsTheJsonSample() throws Exception {
        PerfRun text = reader.read(resource("ingest/perftracker/sample.txt"));
        PerfRun json = new PerfTrackerJsonReader().read(resource("ingest/perftracker/sample.json"));

        assertThat(text.getTests()).extracting(PerfTest::getSeriesKey)
                .containsExactlyInAnyOrderElementsOf(json.getTests().stream().map(PerfTest::getSeriesKey).toList());
    }

    @Test
    void shouldIgnoreCommandOutputThatIsNoTest() throws Exception {
        Path file = write(dir, "out.txt", """
                Starting benchmark at 12:00
                Elapsed: 15 sec
                tag: compile; score: 12.5; metrics: sec; less_better: yes; deviation: 0.5; errors: 2;
                done.
                """);

        PerfRun run = reader.read(file);

        assertThat(run.getTests()).singleElement().satisfies(t -> {
            assertThat(t.getScores()).containsExactly(12.5);
            assertThat(t.getDeviations()).containsExactly(0.5);
            assertThat(t.getErrors().getCount()).isEqualTo(2);
            assertThat(t.isLessIsBetter()).isTrue();
        });
    }

    @Test
    void shouldNameLineAndKeyOfABadNumber() {
        Path file = write(dir, "bad.txt", "tag: a; score: 1;\ntag: b; score: 1; loops: many;\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(ResultFormatException.class)
                .hasMessage(file + ", line 2, key 'loops': a whole number expected but was 'many'");
    }

    @Test
    void shouldRefuseATestWithoutScore() {
        Path file = write(dir, "noscore.txt", "tag: a; metrics: sec;\n");

        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("line 1")
                .hasMessageContaining("test 'a' has no score");
    }

    @Test
    void shouldRefuseABadListAndNan() {
        Path list = write(dir, "list.txt", "tag: a; scores: 1, 2;\n");
        Path nan = write(dir, "nan.txt", "tag: a; score: NaN;\n");

        assertThatThrownBy(() -> reader.read(list)).hasMessageContaining("a list like [1.5, 2.0] expected");
        assertThatThrownBy(() -> reader.read(nan)).hasMessageContaining("a finite number expected but was 'NaN'");
    }

    @Test
    void shouldSayEmptyFileForZeroBytes() {
        assertThatThrownBy(() -> reader.read(write(dir, "empty.txt", ""))).hasMessageEndingWith("empty.txt: "
                + "empty file: 'tag: NAME; score: NUMBER;' lines expected");
    }

    @Test
    void shouldBeDetectedByContent() throws Exception {
        assertThat(new ReaderRegistry().detect(resource("ingest/perftracker/sample.txt"))).map(r -> r.id())
                .contains("perftracker-text");
        assertThat(reader.detect(dir, "goos: linux\nBenchmarkX-8 100 12 ns/op\n")).isFalse();
    }
}
