package io.jenkins.plugins.perftracker.core.ingest.custom;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.AbstractReaderTest;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.model.PerfRun;

import static org.assertj.core.api.Assertions.*;

class CustomBiggerReaderTest extends AbstractReaderTest {
    private static final boolean LESS = false;

    @Override
    protected ResultReader createReader() {
        return CustomBenchmarkReader.bigger();
    }

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

        assertThat(run.getTests()).hasSize(3).allSatisfy(t -> assertThat(t.isLessIsBetter()).isEqualTo(LESS));
        assertThat(createReader().id()).isEqualTo("custom-bigger");
    }
}
