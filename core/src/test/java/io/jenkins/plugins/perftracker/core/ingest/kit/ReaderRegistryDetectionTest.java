package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jenkins.plugins.perftracker.core.ingest.ReaderRegistry;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;

import static org.assertj.core.api.Assertions.*;

/** Every load-test sample is claimed by its own reader and by no reader before it in the registry. */
class ReaderRegistryDetectionTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({
            "benchmarkdotnet/github-action-benchmark-fib.json, benchmarkdotnet",
            "benchmarkdotnet/needlr-open-generic-report-full-compressed.json, benchmarkdotnet",
            "catch2/selftest-v3-excerpt.xml, catch2", "catch2/selftest-v2-excerpt.xml, catch2",
            "junit/TEST-JUnitResults.xml, junit", "junit/junit-report-nested-testsuites.xml, junit",
            "k6/k6-handle-summary.json, k6", "k6/k6-summary-export.json, k6",
            "gatling/dethu-stats.json, gatling", "gatling/slawekradzyminski-stats.json, gatling",
            "jmeter/JMeterResults.jtl, jmeter", "jmeter/JMeterCsvResults.csv, jmeter",
            "jmeter/multiLineCSV.jtl, jmeter"})
    void shouldDetectEachSampleAsItsFormat(final String sample, final String id) throws Exception {
        Path copy = temp.resolve("no-extension");
        Files.copy(Path.of(getClass().getResource("/ingest/" + sample).toURI()), copy);

        assertThat(new ReaderRegistry().detect(copy)).get().extracting(ResultReader::id).isEqualTo(id);
    }
}
