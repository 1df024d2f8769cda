package io.jenkins.plugins.perftracker.core.compare;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static io.jenkins.plugins.perftracker.core.compare.Runs.*;
import static org.assertj.core.api.Assertions.*;

class RunComparatorTest {
    private static final double[] BASE = {100, 101, 99, 100.5, 99.5, 100.2, 99.8, 100.1};
    private static final double[] SLOWER = {110, 111, 109, 110.5, 109.5, 110.2, 109.8, 110.1};
    private final RunComparator comparator = new RunComparator(CompareOptions.defaults());

    @Test
    void shouldBuildPerfTrackersHierarchy() {
        PerfRun first = run("#1", test(1, "Disk", "Read", "4 users", false, 10), test(2, "Disk", "Read", "8 users",
                false, 20), test(3, "Disk", "Seek", "", true, 5), test(4, "CPU", "Ops", "", false, 7));
        PerfRun second = run("#2", test(1, "CPU", "Ops", "", false, 8), test(2, "Disk", "Read", "8 users", false, 21));

        Comparison comparison = comparator.compare(List.of(first, second));

        assertThat(comparison.groups()).extracting(GroupComparison::name).containsExactly("Disk", "CPU");
        GroupComparison disk = comparison.groups().get(0);
        assertThat(disk.sections()).extracting(Section::key).containsExactly("Read", "");
        assertThat(disk.sections()).extracting(Section::title).containsExactly("Read", "Tests results");
        assertThat(disk.sections().get(0).rows()).extracting(Row::title).containsExactly("4 users", "8 users");
        Row missing = disk.sections().get(0).rows().get(0);
        assertThat(missing.values().get(1).present()).isFalse();
        assertThat(missing.cell(0, 1).ratioText()).isEqualTo("-");
        assertThat(missing.cell(0, 1).legacyCell()).isEqualTo("- 0");
        assertThat(missing.cell(0, 1).outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(missing.cell(0, 1).note()).isEqualTo("missing in #2");
        assertThat(disk.sections().get(0).rows().get(1).cell(0, 1).ratioText()).isEqualTo("+5%");
        assertThat(comparison.runTitles()).containsExactly("#1", "#2");
    }

    @Test
    void shouldReportARegressionOfALatencyAndAnImprovementOfAThroughput() {
        PerfRun before = run("before", latency("Login", BASE), test(2, "Throughput", "Ops", "", false, BASE));
        PerfRun after = run("after", latency("Login", SLOWER), test(2, "Throughput", "Ops", "", false, SLOWER));

        List<Row> rows = comparator.compare(List.of(before, after)).rows();

        PairCell login = rows.get(0).cell(0, 1);
        assertThat(login.outcome()).isEqualTo(Outcome.REGRESSED);
        assertThat(login.gateOutcome()).isEqualTo(Outcome.REGRESSED);
        assertThat(login.method()).isEqualTo(Method.MANN_WHITNEY);
        assertThat(login.change().change()).isCloseTo(0.10, within(0.005));
        assertThat(login.change().lower()).isPositive();
        assertThat(login.pValue()).isLessThan(0.001);
        assertThat(login.pTTest()).isLessThan(0.001);
        assertThat(login.legacyColour()).isEqualTo(LegacyColour.WORSE);
        assertThat(login.isColoured()).isTrue();
        assertThat(rows.get(1).cell(0, 1).outcome()).isEqualTo(Outcome.IMPROVED);
    }

    @Test
    void shouldNotReportASignificantChangeBelowTheMinimumEffect() {
        double[] onePercent = java.util.Arrays.stream(BASE).map(v -> v * 1.01).toArray();
        List<PerfRun> runs = List.of(run("a", latency("Login", BASE)), run("b", latency("Login", onePercent)));

        PairCell strict = comparator.compare(runs).rows().get(0).cell(0, 1);
        PairCell loose = new RunComparator(CompareOptions.defaults().withMinEffect(0.005)).compare(runs).rows().get(0)
                .cell(0, 1);

        assertThat(strict.pValue()).isLessThan(0.05);
        assertThat(strict.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(loose.outcome()).isEqualTo(Outcome.REGRESSED);
    }

    @Test
    void shouldSayHowManySamplesAreNeeded() {
        Row single = comparator.compare(List.of(run("a", latency("Login", 100)), run("b", latency("Login", 200))))
                .rows().get(0);
        Row three = comparator.compare(List.of(run("a", latency("Login", 1, 2, 3)),
                run("b", latency("Login", 11, 12, 13)))).rows().get(0);

        // one value a side: no test, but the size and PerfTracker's 10 % rule
        assertThat(single.cell(0, 1).method()).isEqualTo(Method.THRESHOLD);
        assertThat(single.cell(0, 1).outcome()).isEqualTo(Outcome.REGRESSED);
        assertThat(single.cell(0, 1).change().change()).isEqualTo(1.0);
        assertThat(single.cell(0, 1).basis()).contains("PerfTracker's 10% rule", "n=1+1");
        assertThat(single.cell(0, 1).ratioText()).isEqualTo("+100%");
        // three a side: too few for the rank test, Welch decides and the footnote says why
        assertThat(three.cell(0, 1).method()).isEqualTo(Method.WELCH_SMALL);
        assertThat(three.cell(0, 1).note()).isEmpty();
        assertThat(three.cell(0, 1).basis()).isEqualTo(
                "Welch t-test: n=3+3 is too few for a rank test (needs ≥ 4 a side)");
        assertThat(three.cell(0, 1).change().change()).isCloseTo(5.0, within(1e-12)); // medians 2 → 12
        assertThat(three.cell(0, 1).outcome()).isEqualTo(Outcome.REGRESSED);
    }

    @Test
    void shouldJudgeOneJmhScoreASideByItsOwnError() {
        PerfTest before = latency("Login", 100).toBuilder().attribs(java.util.Map.of("scoreError", "4")).build();
        PerfTest near = latency("Login", 107).toBuilder().attribs(java.util.Map.of("scoreError", "4")).build();
        PerfTest far = latency("Login", 109).toBuilder().attribs(java.util.Map.of("scoreError", "4")).build();

        PairCell overlapping = comparator.compare(List.of(run("a", before), run("b", near))).rows().get(0).cell(0, 1);
        PairCell apart = comparator.compare(List.of(run("a", before), run("b", far))).rows().get(0).cell(0, 1);

        assertThat(overlapping.method()).isEqualTo(Method.TOOL_ERROR);
        assertThat(overlapping.outcome()).isEqualTo(Outcome.UNCHANGED); // 100 ± 4 and 107 ± 4 overlap
        assertThat(overlapping.basis()).endsWith("the intervals overlap");
        assertThat(apart.outcome()).isEqualTo(Outcome.REGRESSED);
        assertThat(apart.basis()).startsWith("JMH's 99.9% error (score ± scoreError): n=1+1")
                .endsWith("do not overlap");
        assertThat(apart.pValue()).isNaN();
    }

    @Test
    void shouldUseWelchFromSummariesWhenOnlyMeanDeviationAndCountAreKnown() {
        Row row = comparator.compare(List.of(run("a", summary("Login", 100, 2, 20)),
                run("b", summary("Login", 110, 2, 20)))).rows().get(0);
        Row tooFew = comparator.compare(List.of(run("a", summary("Login", 100, 2, 1)),
                run("b", summary("Login", 110, 2, 20)))).rows().get(0);

        assertThat(row.cell(0, 1).method()).isEqualTo(Method.WELCH_SUMMARY);
        assertThat(row.cell(0, 1).outcome()).isEqualTo(Outcome.REGRESSED);
        assertThat(row.cell(0, 1).change().change()).isCloseTo(0.10, within(1e-12));
        assertThat(tooFew.cell(0, 1).method()).isEqualTo(Method.THRESHOLD);
        assertThat(tooFew.cell(0, 1).change().change()).isCloseTo(0.10, within(1e-12));
        assertThat(tooFew.cell(0, 1).outcome()).isEqualTo(Outcome.UNCHANGED); // 100/110 = 0.909: not below 0.9
    }

    @Test
    void shouldLetBenjaminiHochbergTriageWhatHolmDoesNotGate() {
        // 4 vs 4 values, completely separated: exact two-sided Mann-Whitney p = 2/70 = 0.0286 in each series
        PerfRun before = run("a", latency("A", 10, 11, 12, 13), latency("B", 20, 21, 22, 23).toBuilder().seqNum(2)
                .build());
        PerfRun after = run("b", latency("A", 15, 16, 17, 18), latency("B", 25, 26, 27, 28).toBuilder().seqNum(2)
                .build());

        List<Row> rows = comparator.compare(List.of(before, after)).rows();

        assertThat(rows).allSatisfy(row -> {
            assertThat(row.cell(0, 1).pValue()).isCloseTo(2.0 / 70, within(1e-12));
            assertThat(row.cell(0, 1).pAdjustedBh()).isCloseTo(2.0 / 70, within(1e-12));
            assertThat(row.cell(0, 1).pAdjustedHolm()).isCloseTo(4.0 / 70, within(1e-12));
            assertThat(row.cell(0, 1).outcome()).isEqualTo(Outcome.REGRESSED);
            assertThat(row.cell(0, 1).gateOutcome()).isEqualTo(Outcome.UNCHANGED);
        });
    }

    @Test
    void shouldCompareEveryRunWithEveryEarlierRunAndSummariseByGeometricMeans() {
        PerfRun one = run("1", latency("Login", 100), test(2, "Latency", "Logout", "", true, 50));
        PerfRun two = run("2", latency("Login", 200), test(2, "Latency", "Logout", "", true, 25));
        PerfRun three = run("3", latency("Login", 400));

        Comparison comparison = comparator.compare(List.of(one, two, three));

        Row login = comparison.rows().get(0);
        assertThat(login.cells()).extracting(c -> c.against() + ">" + c.run()).containsExactly("0>1", "0>2", "1>2");
        assertThat(login.cell(0, 2).ratioText()).isEqualTo("+300%");
        PairSummary firstPair = comparison.summaries().get(0);
        assertThat(firstPair.geomeans().get(0).ratio()).isCloseTo(1.0, within(1e-12)); // 2 x 0.5
        assertThat(firstPair.betterRatio()).isCloseTo(1.0, within(1e-12));
        assertThat(firstPair.series()).isEqualTo(2);
        assertThat(firstPair.regressed()).isEqualTo(1);
        assertThat(firstPair.improved()).isEqualTo(1);
        assertThat(comparison.summaries().get(1).betterRatio()).isCloseTo(0.25, within(1e-12));
        assertThat(comparison.groups().get(0).summaries()).isEqualTo(comparison.summaries());
    }

    @Test
    void shouldTreatAFailedTestAsInconclusive() {
        Row row = comparator.compare(List.of(run("a", failed("Login")), run("b", latency("Login", BASE)))).rows()
                .get(0);

        assertThat(row.cell(0, 1).outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(row.cell(0, 1).note()).isEqualTo("no value in #1: FAILED");
        assertThat(row.values().get(0).errors()).isEqualTo("FAILED");
        assertThat(row.cell(0, 1).legacyColour()).isEqualTo(LegacyColour.WORSE);
    }

    @Test
    void shouldShowASingleRunWithoutCellsOrSummaries() {
        Comparison one = comparator.compare(List.of(run("a", latency("Login", 1, 2, 3))));

        assertThat(one.rows()).singleElement().satisfies(row -> {
            assertThat(row.cells()).isEmpty();
            assertThat(row.values().get(0).centre()).isEqualTo(2.0);
        });
        assertThat(one.summaries()).isEmpty();
    }

    @Test
    void shouldRefuseNoRunOrTooMany() {
        assertThatIllegalArgumentException().isThrownBy(() -> comparator.compare(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> comparator.compare(
                java.util.Collections.nCopies(RunComparator.MAX_RUNS + 1, run("a")))).withMessageContaining("1 to 32");
        assertThatIllegalArgumentException().isThrownBy(() -> new CompareOptions(0, 0.02, 0.95));
    }
}
