package io.jenkins.plugins.perftracker.core.ingest.perftracker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.perftracker.core.model.PerfRun;

import static org.assertj.core.api.Assertions.*;

/**
 * Reads a 200 MB job in a JVM of 256 MB heap (the surefire execution "bounded-memory" in core/pom.xml). The
 * run itself needs about 110 MB; a reader that built a Jackson tree of the whole file runs out of memory there
 * (checked by hand: ObjectMapper.readTree on the same file fails with OutOfMemoryError at -Xmx256m).
 */
@Tag("bounded-memory")
class PerfTrackerLargeFileTest {
    private static final int TESTS = 1_350;
    private static final int SCORES = 10_000;

    @TempDir
    private Path dir;

    @Test
    void shouldStreamA200MegabyteJobInBoundedMemory() throws IOException, Exception {
        Path file = dir.resolve("big.json");
        writeJob(file);
        assertThat(Files.size(file)).isGreaterThan(200L * 1000 * 1000);

        PerfRun run = new PerfTrackerJsonReader().read(file);

        assertThat(run.getTests()).hasSize(TESTS);
        assertThat(run.getTests().get(TESTS - 1).getScoreCount()).isEqualTo(SCORES);
        assertThat(run.getTests().get(TESTS - 1).getScore(SCORES - 1)).isEqualTo(score(TESTS - 1, SCORES - 1));
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m").isLessThan(300L * 1024 * 1024);
    }

    private static void writeJob(final Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("job_title", "large");
            g.writeArrayFieldStart("tests");
            for (int t = 0; t < TESTS; t++) {
                g.writeStartObject();
                g.writeStringField("tag", "test " + t);
                g.writeStringField("group", "group " + t % 10);
                g.writeArrayFieldStart("scores");
                for (int s = 0; s < SCORES; s++) {
                    g.writeNumber(score(t, s));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static double score(final int test, final int sample) {
        return 1000.0 + test + sample / 1.0e4 + 1.0e-7;
    }
}
