package io.jenkins.plugins.perftracker.core.ingest.custom;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.AbstractReaderTest;
import io.jenkins.plugins.perftracker.core.model.PerfRun;

import static org.assertj.core.api.Assertions.*;

/**
 * The readers behind the {@code custom-bigger} and {@code custom-smaller} overrides: same files, one direction
 * forced on every unit. Subclasses name the reader, its id and its direction.
 */
abstract class AbstractForcedDirectionReaderTest extends AbstractReaderTest {
    /** Whether the reader under test makes every test less-is-better. */
    protected abstract boolean lessIsBetter();

    /** The reader's format id. */
    protected abstract String expectedId();

    @Override
    protected List<String> sampleFiles() {
        return List.of(CustomBenchmarkReaderTest.BIGGER, CustomBenchmarkReaderTest.SMALLER);
    }

    @Override
    protected String detectedId() {
        return "custom";
    }

    @Test
    void shouldApplyItsDirectionToEveryUnit() throws Exception {
        PerfRun run = readText("mixed.json", "[{\"name\": \"t\", \"value\": 5, \"unit\": \"ns\"}, "
                + "{\"name\": \"r\", \"value\": 5, \"unit\": \"ops/s\"}, {\"name\": \"w\", \"value\": 5, \"unit\": \"w\"}]");

        assertThat(run.getTests()).hasSize(3)
                .allSatisfy(t -> assertThat(t.isLessIsBetter()).isEqualTo(lessIsBetter()));
        assertThat(createReader().id()).isEqualTo(expectedId());
    }
}
