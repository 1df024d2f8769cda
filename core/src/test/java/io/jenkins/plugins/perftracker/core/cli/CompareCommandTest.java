package io.jenkins.plugins.perftracker.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class CompareCommandTest {
    private static final String BASE = "samples/history/build-01.json";
    private static final String NEW = "samples/history/build-12.json";

    @Test
    void shouldPrintABenchstatLikeTable() throws IOException {
        CliRun run = CliRun.of("compare", BASE, NEW).matchesGolden("compare-01-12.txt");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsPattern("GET /users 4 threads +req/sec .* -1\\d\\.\\d\\d% worse \\(p=")
                .containsPattern("login 2 clients +sec .* -\\d\\d\\.\\d\\d% better")
                .contains("GET / 8 threads", "FAILED", "geomean           sec", "geomean               req/sec")
                // a failed row still shows its size; the counts add up to the 14 series
                .contains("? +1.18% (n=10+10, no value in #2: FAILED)")
                .contains("#2 vs #1: 14 series: 4 worse, 5 better, 4 unchanged, 1 inconclusive; overall +3.39% better");
    }

    @Test
    void shouldExitWithOneOnARegressionOnlyWhenAsked() {
        assertThat(CliRun.of("compare", BASE, NEW, "--fail-on-regression").exit()).isEqualTo(Main.REGRESSION);
        assertThat(CliRun.of("compare", BASE, NEW).exit()).isEqualTo(Main.OK);
        assertThat(CliRun.of("compare", "samples/history/build-09.json", "samples/history/build-10.json",
                "--fail-on-regression").exit()).isEqualTo(Main.OK);
    }

    @Test
    void shouldWriteTheComparisonViewAsJson() throws IOException {
        CliRun run = CliRun.of("compare", BASE, NEW, "--json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("runs")).hasSize(2);
        JsonNode users = json.get("groups").get(1).get("sections").get(1);
        assertThat(users.get("title").asText()).isEqualTo("GET /users");
        assertThat(users.get("chart").get("type").asText()).isEqualTo("xy");
        assertThat(users.get("rows").get(0).get("cells").get(0).get("outcome").asText()).isEqualTo("regressed");
    }

    @Test
    void shouldRefuseOneRunAndMissingFilesWithExitTwo() {
        CliRun one = CliRun.of("compare", BASE);
        assertThat(one.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(one.err()).contains("a BASE and 1 to 31 NEW runs expected", "usage: compare");
        CliRun missing = CliRun.of("compare", BASE, "samples/history/nope.json");
        assertThat(missing.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err()).contains("samples/history/nope.json: no such file or directory");
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void shouldRefuseBadOptions() {
        assertThat(CliRun.of("compare", BASE, NEW, "--alpha", "2").err()).contains("--alpha: a number from");
        assertThat(CliRun.of("compare", BASE, NEW, "--colour").err()).contains("unknown option --colour");
        assertThat(CliRun.of("compare", BASE, NEW, "--alpha").exit()).isEqualTo(Main.BAD_INPUT);
    }
}
