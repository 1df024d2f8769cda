package io.jenkins.plugins.perftracker.core.view;

import io.jenkins.plugins.perftracker.core.compare.CompareOptions;
import io.jenkins.plugins.perftracker.core.compare.RunComparator;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.jenkins.plugins.perftracker.core.view.Runs.run;
import static io.jenkins.plugins.perftracker.core.view.Runs.test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ComparisonViewsTest {
    private static final double[] FAST = {100, 101, 99, 100.5, 99.5, 100.2, 99.8, 100.1};
    private static final double[] SLOW = {80, 81, 79, 80.5, 79.5, 80.2, 79.8, 80.1};

    private static ComparisonView view(final List<PerfRun> runs) {
        return ComparisonViews.of("t", new RunComparator(CompareOptions.defaults()).compare(runs), runs);
    }

    @Test
    void shouldColourARegressionRedAndKeepTheScores() {
        ComparisonView view = view(List.of(run("old", test("g", "GET", "1 users", FAST)),
                run("new", test("g", "GET", "1 users", SLOW))));
        ComparisonView.Row row = view.groups().get(0).sections().get(0).rows().get(0);
        assertThat(row.values()).extracting(ComparisonView.Value::scoreText).containsExactly("100", "80");
        assertThat(row.cells()).singleElement().satisfies(cell -> {
            assertThat(cell.outcome()).isEqualTo("regressed");
            assertThat(cell.colourClass()).isEqualTo("pt-regressed");
            assertThat(cell.run()).isEqualTo(2);
            assertThat(cell.against()).isEqualTo(1);
            assertThat(cell.change()).isLessThan(-0.15).isGreaterThan(-0.25);
            assertThat(cell.changeLow()).isLessThanOrEqualTo(cell.change());
        });
        assertThat(view.summaries()).singleElement().satisfies(s -> assertThat(s.regressed()).isEqualTo(1));
    }

    @Test
    void shouldGiveEveryLaterRunACellPerEarlierRun() {
        ComparisonView view = view(List.of(run("a", test("g", "GET", "", FAST)), run("b", test("g", "GET", "", FAST)),
                run("c", test("g", "GET", "", SLOW))));
        assertThat(view.groups().get(0).sections().get(0).rows().get(0).cells())
                .extracting(c -> c.run() + " vs " + c.against()).containsExactly("2 vs 1", "3 vs 1", "3 vs 2");
        assertThat(view.runs()).extracting(ComparisonView.RunHeader::label).containsExactly("#1: a", "#2: b", "#3: c");
    }

    @Test
    void shouldDrawNumericCategoriesOnAnXyAxisSortedByValue() {
        List<PerfTest> tests = List.of(test("g", "GET", "8 users", FAST), test("g", "GET", "1 users", FAST),
                test("g", "GET", "4 users", FAST), test("g", "GET", "2 users", SLOW));
        ChartView chart = firstChart(tests);
        assertThat(chart.type()).isEqualTo("xy");
        assertThat(chart.xName()).isEqualTo("users");
        assertThat(chart.x()).containsExactly(1.0, 2.0, 4.0, 8.0);
        assertThat(chart.categories()).containsExactly("1 users", "2 users", "4 users", "8 users");
        assertThat(chart.series().get(0).values().get(1)).isCloseTo(80.0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(chart.subtitle()).isEqualTo("[higher is better]");
    }

    @Test
    void shouldUseBarsForThreeOrFewerCategoriesOrWords() {
        assertThat(firstChart(List.of(test("g", "GET", "1 users", FAST), test("g", "GET", "2 users", FAST),
                test("g", "GET", "4 users", FAST))).type()).isEqualTo("bar");
        assertThat(firstChart(List.of(test("g", "GET", "a", FAST), test("g", "GET", "b", FAST),
                test("g", "GET", "c", FAST), test("g", "GET", "d", FAST))).type()).isEqualTo("bar");
    }

    @Test
    void shouldRotateLabelsOfMoreThanTenCategories() {
        List<PerfTest> tests = IntStream.range(0, 11).mapToObj(i -> test("g", "GET", "case " + (char) ('a' + i), FAST))
                .toList();
        assertThat(firstChart(tests).rotateLabels()).isTrue();
    }

    @Test
    void shouldDrawNoChartForMixedTagsAndAlwaysShowTheirTable() {
        ComparisonView view = view(List.of(run("a", test("g", "x", "", FAST), test("g", "y", "", FAST)),
                run("b", test("g", "x", "", FAST), test("g", "y", "", FAST))));
        ComparisonView.Section section = view.groups().get(0).sections().get(0);
        assertThat(section.chart().type()).isEqualTo("none");
        assertThat(section.tableShown()).isTrue();
        assertThat(section.title()).isEqualTo("Tests results");
    }

    @Test
    void shouldCollapseATagTableAboveFiveRowsAndPageAboveTwenty() {
        assertThat(sectionOf(5).tableShown()).isTrue();
        assertThat(sectionOf(6).tableShown()).isFalse();
        assertThat(sectionOf(20).paged()).isFalse();
        assertThat(sectionOf(21).paged()).isTrue();
    }

    @Test
    void shouldMarkFailedPointsAndMissingValues() {
        PerfTest failed = PerfTest.builder("GET").group("g").category("2 users").unit("req/sec").scores(FAST).status(Status.FAILED)
                .errors(Messages.count("errors", 2)).build();
        List<PerfRun> runs = List.of(run("a", test("g", "GET", "1 users", FAST), test("g", "GET", "2 users", FAST)),
                run("b", test("g", "GET", "1 users", FAST), failed));
        ChartView chart = view(runs).groups().get(0).sections().get(0).chart();
        assertThat(chart.series().get(1).failed()).containsExactly(false, true);
        ComparisonView.Row row = view(runs).groups().get(0).sections().get(0).rows().get(1);
        assertThat(row.values().get(1).failed()).isTrue();
        assertThat(row.values().get(1).errors()).contains("2 errors", "FAILED");
        ComparisonView missing = view(List.of(run("a", test("g", "GET", "", FAST)), run("b", test("g", "POST", "", FAST))));
        assertThat(missing.groups().get(0).sections().get(0).rows().get(0).values().get(1))
                .satisfies(v -> assertThat(v.present()).isFalse()).satisfies(v -> assertThat(v.score()).isNull())
                .satisfies(v -> assertThat(v.scoreText()).isEqualTo("-"));
    }

    @Test
    void shouldAddTheProductVersionWhenTitlesRepeat() {
        PerfRun a = PerfRun.builder().title("nightly").productVer("1.0").addTest(test("g", "GET", "", FAST)).build();
        PerfRun b = PerfRun.builder().title("nightly").productVer("1.1").addTest(test("g", "GET", "", FAST)).build();
        assertThat(view(List.of(a, b)).runs()).extracting(ComparisonView.RunHeader::label)
                .containsExactly("#1: nightly [1.0]", "#2: nightly [1.1]");
    }

    @Test
    void shouldWriteTheSameJsonForTheSameRuns() {
        List<PerfRun> runs = List.of(run("a", test("g", "GET", "1 users", FAST)),
                run("b", test("g", "GET", "1 users", SLOW)));
        assertThat(ViewJson.write(view(runs))).isEqualTo(ViewJson.write(view(runs))).doesNotContain("NaN");
    }

    @Test
    void shouldRefuseRunsThatDoNotMatchTheComparison() {
        List<PerfRun> runs = List.of(run("a", test("g", "GET", "", FAST)), run("b", test("g", "GET", "", FAST)));
        var comparison = new RunComparator(CompareOptions.defaults()).compare(runs);
        assertThatIllegalArgumentException().isThrownBy(() -> ComparisonViews.of("t", comparison, runs.subList(0, 1)))
                .withMessageContaining("2 runs but 1");
    }

    private static ComparisonView.Section sectionOf(final int rows) {
        List<PerfTest> tests = IntStream.range(0, rows).mapToObj(i -> test("g", "GET", "case " + i, FAST)).toList();
        return view(List.of(run("a", tests.toArray(PerfTest[]::new)), run("b", tests.toArray(PerfTest[]::new))))
                .groups().get(0).sections().get(0);
    }

    private static ChartView firstChart(final List<PerfTest> tests) {
        List<PerfTest> newer = new ArrayList<>(tests);
        return view(List.of(run("a", tests.toArray(PerfTest[]::new)), run("b", newer.toArray(PerfTest[]::new))))
                .groups().get(0).sections().get(0).chart();
    }
}
