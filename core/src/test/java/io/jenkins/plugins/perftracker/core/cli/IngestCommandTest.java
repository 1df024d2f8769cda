package io.jenkins.plugins.perftracker.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class IngestCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldPrintTheNormalisedRunWithEverySample() throws IOException {
        CliRun run = CliRun.of("ingest", "samples/history/build-12.json", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        JsonNode source = JSON.readTree(Files.readString(CliRun.ROOT.resolve("samples/history/build-12.json")));
        assertThat(json.get("title").asText()).isEqualTo(source.get("job_title").asText());
        assertThat(json.get("productVer").asText()).isEqualTo("1.12.0");
        assertThat(json.get("durationSec").asDouble()).as("end - begin: 20 minutes").isEqualTo(1200.0);
        assertThat(json.get("links").get("build").asText()).isEqualTo(source.get("links").get("build").asText());
        assertThat(json.get("tests")).hasSameSizeAs(source.get("tests"));
        for (int i = 0; i < source.get("tests").size(); i++) {
            JsonNode in = source.get("tests").get(i);
            JsonNode out = json.get("tests").get(i);
            assertThat(out.get("tag").asText()).isEqualTo(in.get("tag").asText());
            assertThat(out.get("group").asText()).isEqualTo(in.get("group").asText());
            assertThat(out.get("unit").asText()).isEqualTo(in.get("metrics").asText());
            assertThat(out.get("lessIsBetter").asBoolean()).isEqualTo(in.get("less_better").asBoolean());
            assertThat(out.get("status").asText()).isEqualTo(in.get("status").asText());
            assertThat(out.get("samples")).isEqualTo(in.get("scores"));
        }
        assertThat(json.get("tests").get(8).get("errors").get("count").asInt()).isEqualTo(3);
    }

    @Test
    void shouldMergeSeveralInputsIntoOneRun() throws IOException {
        Path dir = Files.createTempDirectory("ingest");
        Files.writeString(dir.resolve("a.json"), "[{\"tag\":\"a\",\"score\":1.5}]");
        Files.writeString(dir.resolve("b.json"), "[{\"tag\":\"b\",\"scores\":[2,3]}]");
        CliRun run = CliRun.of("ingest", dir.toString(), "--json");
        JsonNode tests = JSON.readTree(run.out()).get("tests");
        assertThat(tests).extracting(t -> t.get("tag").asText()).containsExactly("a", "b");
        assertThat(tests.get(1).get("samples").toString()).isEqualTo("[2.0,3.0]");
        CliRun text = CliRun.of("ingest", dir.resolve("*.json").toString());
        assertThat(text.out()).contains("2 tests", "a (loops/sec)", "b (loops/sec)");
    }

    @Test
    void shouldNameTheFileAndJsonPathOfBadInput() throws IOException {
        Path file = Files.createTempFile("bad", ".json");
        Files.writeString(file, "[{\"tag\":\"a\",\"scores\":[1,\"fast\"]}]");
        CliRun run = CliRun.of("ingest", file.toString(), "--format", "perftracker", "--json");
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains(file.getFileName().toString(), "scores[1]", "no test results found");
    }

    @Test
    void shouldRefuseAnUnknownFormat() {
        CliRun run = CliRun.of("ingest", "samples/history/build-01.json", "--format", "nope");
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("unknown result format 'nope'");
    }
}
