package io.jenkins.plugins.perftracker.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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

    @Test
    void shouldAcceptEveryModeOfTheDetectorByName() {
        for (ChangePointOptions.Mode mode : ChangePointOptions.Mode.values()) {
            CliRun run = CliRun.of("detect", OTAVA, "--mode", mode.name().toLowerCase(Locale.ROOT));
            assertThat(run.exit()).as(mode.name()).isZero();
            assertThat(run.out()).as(mode.name()).contains("series over 10 builds");
        }
        CliRun bad = CliRun.of("detect", OTAVA, "--mode", "fast");
        assertThat(bad.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(bad.err()).contains("--mode: one of ", "calibrated", "rank", "otava", "expected but was 'fast'");
    }

    @Test
    void shouldTakeAThroughputJumpAsAnImprovementWhenTheSeriesIsHigherIsBetter() throws IOException {
        Path csv = Files.createTempFile("throughput", ".csv");
        StringBuilder text = new StringBuilder("build,throughput,latency\n");
        for (int b = 0; b < 60; b++) {
            text.append(b).append(',').append(b < 30 ? 1000 + b % 3 : 1500 + b % 3).append(',')
                    .append(5 + b % 2 * 0.01).append('\n');
        }
        Files.writeString(csv, text);

        CliRun asTimes = CliRun.of("detect", csv.toString(), "--fail-on-regression");
        assertThat(asTimes.exit()).isEqualTo(Main.REGRESSION);
        assertThat(asTimes.out()).contains("throughput: at 30 (index 30) +50.0% regression");

        for (String[] choice : List.of(new String[] {"--higher-is-better", "^thr"},
                new String[] {"--direction", "throughput=up"})) {
            CliRun run = CliRun.of("detect", csv.toString(), "--fail-on-regression", choice[0], choice[1]);
            assertThat(run.exit()).as(choice[0]).isZero();
            assertThat(run.out()).as(choice[0]).contains("throughput: at 30 (index 30) +50.0% improvement");
        }
        CliRun json = CliRun.of("detect", csv.toString(), "--json", "--direction", "throughput=up,latency=down");
        assertThat(json.out()).contains("\"lessIsBetter\" : false", "\"direction\" : \"improvement\"");
    }

    @Test
    void shouldRefuseADirectionForASeriesThatDoesNotExist() {
        CliRun run = CliRun.of("detect", OTAVA, "--direction", "metric9=up");
        assertThat(run.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--direction: no series named 'metric9'");
        assertThat(CliRun.of("detect", OTAVA, "--direction", "metric1").err())
                .contains("--direction: SERIES=up or SERIES=down expected but was 'metric1'");
        assertThat(CliRun.of("detect", OTAVA, "--higher-is-better", "(").err())
                .contains("--higher-is-better: a regular expression expected");
    }

    @Test
    void shouldListEveryOptionAndModeInItsHelp() {
        CliRun run = CliRun.of("detect", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains(DetectCommand.FLAGS).contains(DetectCommand.OPTIONS).contains("--help");
        for (ChangePointOptions.Mode mode : ChangePointOptions.Mode.values()) {
            assertThat(run.out()).contains(mode.name().toLowerCase(Locale.ROOT));
        }
        assertThat(CliRun.of("compare", "--help").out()).startsWith("usage: perftracker compare BASE NEW…");
    }
}
