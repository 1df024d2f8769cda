package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.compare.CompareOptions;
import io.jenkins.plugins.perftracker.core.ingest.Ingester;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReportDeterminismTest {
    @Test
    void shouldWriteTheSameBytesForTheSameRuns() throws BadInputException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> inputs = List.of("samples/history/build-01.json", "samples/history/build-06.json",
                "samples/history/build-12.json");
        ReportBuilder builder = new ReportBuilder(CompareOptions.defaults(), new ChangePointDetector(), 3);
        String first = builder.fromRuns("t", new RunLoader(new Ingester(), root, w -> { }).load(inputs,
                Optional.empty()));
        String second = builder.fromRuns("t", new RunLoader(new Ingester(), root, w -> { }).load(inputs,
                Optional.empty()));
        assertThat(first.equals(second)).as("two reports of the same runs are equal").isTrue();
        assertThat(first.length()).isGreaterThan(1_000_000);
    }
}
