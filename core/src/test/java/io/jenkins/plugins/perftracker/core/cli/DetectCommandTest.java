package io.jenkins.plugins.perftracker.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class DetectCommandTest {
    private static final String OTAVA = "core/src/test/resources/report/otava/sample.csv";

    @Test
    void shouldFindThePlantedChangesInTheSampleHistory() throws IOException {
        CliRun run = CliRun.of("detect", "samples/history").matchesGolden("detect-history.txt");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("throughput / GET /users 4 threads (req/sec): at nightly #8 (index 7)")
                .contains("latency / login 2 clients (sec): at nightly #6 (index 5)")
                .doesNotContain("cold start");
    }

    @Test
    void shouldFindOtavasChangePointInItsExampleCsv() throws IOException {
        CliRun run = CliRun.of("detect", OTAVA, "--json").matchesGolden("detect-otava-sample.json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("builds")).hasSize(10);
        JsonNode metric2 = json.get("series").get(1);
        assertThat(metric2.get("series").asText()).isEqualTo("metric2");
        assertThat(metric2.get("changePoints")).singleElement().satisfies(point -> {
            assertThat(point.get("build").asText()).isEqualTo("aaa6");
            assertThat(point.get("index").asInt()).isEqualTo(6);
            assertThat(point.get("forwardChange").asDouble()).isBetween(-0.14, -0.12);
            assertThat(point.get("pValue").asDouble()).isLessThan(0.001);
        });
        assertThat(json.get("series").get(0).get("changePoints")).isEmpty();
    }

    @Test
    void shouldExitWithOneWhenARegressionIsFoundAndAsked() {
        assertThat(CliRun.of("detect", "samples/history", "--fail-on-regression").exit()).isEqualTo(Main.REGRESSION);
        // metric2 drops 13 %: less is better for CSV series, so that is an improvement.
        assertThat(CliRun.of("detect", OTAVA, "--fail-on-regression").exit()).isEqualTo(Main.OK);
    }

    @Test
    void shouldNameTheFileAndLineOfABadCsv() throws IOException {
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("history", ".csv");
        java.nio.file.Files.writeString(csv, "time,a,b\n1,2,3\n2,3\n");
        CliRun run = CliRun.of("detect", csv.toString());
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains(csv.toString() + ", line 3: 3 columns expected but found 2");
    }
}
