package io.jenkins.plugins.perftracker.core.ingest.perftracker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.model.PerfRun;

import static io.jenkins.plugins.perftracker.core.ingest.ResourceFiles.*;
import static org.assertj.core.api.Assertions.*;

/** Issue 12: numbers that do not fit, trailing content, duplicate keys and odd shapes are refused, not guessed. */
class PerfTrackerJsonStrictTest {
    private final PerfTrackerJsonReader reader = new PerfTrackerJsonReader();

    @TempDir
    private Path dir;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "errors|4294967296|$.tests[0].errors",
            "loops|18446744073709551617|$.tests[0].loops",
            "loops|100000000000000000000000|$.tests[0].loops",
            "loops|1e23|$.tests[0].loops",
            "samples|4294967297|$.tests[0].samples",
            "seq_num|2147483648|$.tests[0].seq_num",
            "less_better|4294967297|$.tests[0].less_better"})
    void shouldRefuseWholeNumbersThatDoNotFitInsteadOfWrappingThem(final String field, final String value,
            final String path) {
        Path file = write(dir, "big.json", "{\"job_title\": \"t\", \"tests\": [{\"tag\": \"a\", \"scores\": [1], \""
                + field + "\": " + value + "}]}");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ResultFormatException.class,
                e -> assertThat(e.getLocation()).startsWith(path));
    }

    @Test
    void shouldStillTakeWholeNumbersWrittenAsFloats() throws Exception {
        Path file = write(dir, "floats.json", "[{\"tag\": \"a\", \"scores\": [1], \"loops\": 1e3, \"errors\": 2.0}]");

        PerfRun run = reader.read(file);

        assertThat(run.getTests().get(0).getLoops()).isEqualTo(1000);
        assertThat(run.getTests().get(0).getErrors().getCount()).isEqualTo(2);
    }

    @Test
    void shouldRefuseContentAfterTheDocument() {
        Path second = write(dir, "two.json", "[{\"tag\": \"a\", \"scores\": [1]}]\n[{\"tag\": \"b\", \"scores\": [2]}]");
        Path garbage = write(dir, "junk.json", "{\"job_title\": \"t\", \"tests\": []} trailing");

        assertThatThrownBy(() -> reader.read(second)).hasMessageContaining("two.json, line 2, column 1")
                .hasMessageEndingWith("one JSON document expected but more content follows it");
        assertThatThrownBy(() -> reader.read(garbage)).hasMessageContaining("junk.json, line 1");
    }

    @Test
    void shouldRefuseADuplicateKeyInATestOrTheJob() {
        Path test = write(dir, "dup.json", "[{\"tag\": \"a\", \"scores\": [1],\n \"scores\": [2]}]");
        Path job = write(dir, "dupjob.json", "{\"job_title\": \"t\", \"tests\": [],\n \"job_title\": \"u\"}");

        assertThatThrownBy(() -> reader.read(test)).hasMessageContaining("dup.json, line 2")
                .hasMessageContaining("Duplicate field 'scores'");
        assertThatThrownBy(() -> reader.read(job)).hasMessageContaining("Duplicate field 'job_title'");
    }

    @Test
    void shouldSayWhyTestsGivenAsAnObjectGiveNoTests() {
        Path file = write(dir, "obj.json", "{\"job_title\": \"t\", \"tests\": {}}");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ResultFormatException.class, e -> {
            assertThat(e.getLocation()).isEqualTo("$.tests");
            assertThat(e.getProblem()).startsWith("a list of tests").endsWith("was an object, so the job would have no tests");
        });
    }

    @Test
    void shouldSkipFieldsPerfTrackerDoesNotKnow() throws Exception {
        Path file = write(dir, "extra.json", "{\"job_title\": \"t\", \"plugin_data\": {\"deep\": [[[1]]], \"x\": \"y\"},"
                + " \"tests\": [{\"tag\": \"a\", \"scores\": [1], \"raw\": [1, 2, 3]}]}");

        assertThat(reader.read(file).getTests()).hasSize(1);
    }

    @Test
    void shouldReadAFileWithAUtf8ByteOrderMark() throws Exception {
        Path file = dir.resolve("bom.json");
        Files.write(file, ("\uFEFF" + Files.readString(resource("ingest/perftracker/sample.json")))
                .getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(file).getTests()).hasSize(6);
    }

    @Test
    void shouldRefuseEnvironmentNumbersThatDoNotFit() {
        assertThatThrownBy(() -> PerfTrackerEnvNodes.parse("{\"name\": \"host\", \"cpus\": 4294967297}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("env.cpus: a whole number");
        assertThatThrownBy(() -> PerfTrackerEnvNodes.parse("{\"name\": \"a\"} {\"name\": \"b\"}"))
                .hasMessageContaining("more content follows");
    }
}
