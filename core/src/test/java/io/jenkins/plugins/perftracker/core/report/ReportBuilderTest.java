package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.compare.CompareOptions;
import io.jenkins.plugins.perftracker.core.ingest.Ingester;
import io.jenkins.plugins.perftracker.core.view.TrendsView;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportBuilderTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static List<RunLoader.LoadedRun> history(final List<String> warnings) throws BadInputException {
        List<String> inputs = new ArrayList<>();
        for (int b = 1; b <= 12; b++) {
            inputs.add(String.format("samples/history/build-%02d.json", b));
        }
        return new RunLoader(new Ingester(), ROOT, warnings::add).load(inputs, Optional.empty());
    }

    @Test
    void shouldCompareTheOldestRunWithTheNewestOnes() {
        assertThat(ReportBuilder.comparedIndexes(12, 3)).containsExactly(0, 10, 11);
        assertThat(ReportBuilder.comparedIndexes(2, 3)).containsExactly(0, 1);
        assertThat(ReportBuilder.comparedIndexes(5, 5)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void shouldBuildBothPagesFromTheSampleHistory() throws BadInputException {
        List<String> warnings = new ArrayList<>();
        List<RunLoader.LoadedRun> runs = history(warnings);
        ReportBuilder builder = new ReportBuilder(CompareOptions.defaults(), new ChangePointDetector(), 3);
        assertThat(warnings).isEmpty();
        assertThat(builder.comparison("t", runs).orElseThrow().runs()).extracting(r -> r.title())
                .containsExactly("nightly #1", "nightly #11", "nightly #12");
        TrendsView trends = builder.trends("t", runs).orElseThrow();
        assertThat(trends.builds()).hasSize(12).last().satisfies(b -> {
            assertThat(b.label()).isEqualTo("nightly #12");
            assertThat(b.url()).isEqualTo("https://ci.example.org/job/demo-service/12/");
        });
        assertThat(trends.series()).filteredOn(s -> !s.changePoints().isEmpty()).hasSize(9);
        // natural order: the history's index sorts "login 16 clients" before "login 2 clients"
        assertThat(trends.series()).filteredOn(s -> s.name().startsWith("login")).extracting(s -> s.name())
                .containsExactly("login 1 clients", "login 2 clients", "login 4 clients", "login 8 clients",
                        "login 16 clients");
        assertThat(builder.trends("t", runs.subList(0, 2))).isEmpty();
        assertThat(builder.comparison("t", runs.subList(0, 1))).isEmpty();
    }

    @Test
    void shouldLabelBuildsByInputWhenTitlesRepeat() throws BadInputException {
        List<RunLoader.LoadedRun> runs = new RunLoader(new Ingester(), ROOT, w -> { })
                .load(List.of("samples/history/build-01.json", "samples/history/build-01.json"), Optional.empty());
        assertThat(ReportBuilder.builds(runs)).extracting(b -> b.label())
                .containsExactly("samples/history/build-01.json", "samples/history/build-01.json");
    }

    @Test
    void shouldKeepOnlyWebAddressesAsBuildLinks() throws BadInputException {
        RunLoader.LoadedRun real = new RunLoader(new Ingester(), ROOT, w -> { })
                .load(List.of("samples/history/build-12.json"), Optional.empty()).get(0);
        List<RunLoader.LoadedRun> runs = new ArrayList<>();
        int number = 0;
        for (String link : List.of("java\tscript:alert(1)", "\u0001javascript:alert(1)", " javascript:alert(1)",
                "data:text/html,x", "https://ci.example.org/job/demo/12/")) {
            runs.add(new RunLoader.LoadedRun("run " + ++number, real.run().toBuilder().title("run " + number)
                    .links(java.util.Map.of("build", link)).build()));
        }

        assertThat(ReportBuilder.builds(runs)).extracting(b -> b.url())
                .containsExactly("", "", "", "", "https://ci.example.org/job/demo/12/");
        String html = new ReportBuilder(CompareOptions.defaults(), new ChangePointDetector(), 3).fromRuns("t", runs);
        assertThat(html).doesNotContain("script:alert(1)\"").contains("https://ci.example.org/job/demo/12/");
    }

    @Test
    void shouldShowTheResultsOfASingleRun() throws BadInputException {
        List<RunLoader.LoadedRun> one = new RunLoader(new Ingester(), ROOT, w -> { })
                .load(List.of("samples/history/build-12.json"), Optional.empty());

        String html = new ReportBuilder(CompareOptions.defaults(), new ChangePointDetector(), 3).fromRuns("t", one);

        assertThat(html).contains("<h2 id=\"comparison-heading\">Results</h2>", "\"series\":\"login 16 clients\"",
                "\"series\":\"GET /users 8 threads\"", "\"type\":\"xy\"");
    }

    @Test
    void shouldRefuseAComparisonOfOneOrTooManyRuns() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ReportBuilder(CompareOptions.defaults(), new ChangePointDetector(), 1));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ReportBuilder(CompareOptions.defaults(), new ChangePointDetector(), 33));
    }

    @Test
    void shouldNameInputsThatGiveNoRun() {
        RunLoader loader = new RunLoader(new Ingester(), ROOT, w -> { });
        assertThatThrownBy(() -> loader.load(List.of("samples/nothing/*.json"), Optional.empty()))
                .hasMessage("samples/nothing/*.json: the pattern matches no file");
        assertThatThrownBy(() -> loader.load(List.of("samples/README.md"), Optional.empty()))
                .hasMessageStartingWith("samples/README.md: no test results found");
    }
}
