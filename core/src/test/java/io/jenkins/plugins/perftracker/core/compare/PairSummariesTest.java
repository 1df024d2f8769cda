package io.jenkins.plugins.perftracker.core.compare;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.model.PerfRun;

import static io.jenkins.plugins.perftracker.core.compare.Runs.*;
import static org.assertj.core.api.Assertions.*;

class PairSummariesTest {
    private static final double[] BASE = {100, 101, 99, 100.5, 99.5, 100.2};

    @Test
    void shouldSummariseEachGroupAndTheWholeComparison() {
        PerfRun before = run("a", test(1, "Latency", "Login", "", true, BASE),
                test(2, "Throughput", "Ops", "", false, BASE));
        PerfRun after = run("b", test(1, "Latency", "Login", "", true, scaled(BASE, 1.2)),
                test(2, "Throughput", "Ops", "", false, scaled(BASE, 1.2)));

        Comparison comparison = new RunComparator(CompareOptions.defaults()).compare(List.of(before, after));

        PairSummary latency = comparison.groups().get(0).summaries().get(0);
        PairSummary throughput = comparison.groups().get(1).summaries().get(0);
        PairSummary overall = comparison.summaries().get(0);
        assertThat(latency.geomeans()).singleElement().satisfies(g -> {
            assertThat(g.unit()).isEqualTo("ms");
            assertThat(g.ratio()).isCloseTo(1.2, within(1e-9));
        });
        assertThat(latency.betterRatio()).isCloseTo(1 / 1.2, within(1e-9));
        assertThat(latency.regressed()).isEqualTo(1);
        assertThat(throughput.betterRatio()).isCloseTo(1.2, within(1e-9));
        assertThat(throughput.improved()).isEqualTo(1);
        // the same unit in two directions is never mixed into one geomean
        assertThat(overall.geomeans()).extracting(PairSummary.UnitGeomean::lessIsBetter).containsExactly(true, false);
        assertThat(overall.geomeans()).allSatisfy(g -> assertThat(g.ratio()).isCloseTo(1.2, within(1e-9)));
        assertThat(overall.betterRatio()).isCloseTo(1.0, within(1e-9));
        assertThat(overall.series()).isEqualTo(2);
        assertThat(overall.withRatio()).isEqualTo(2);
        assertThat(overall.regressed() + overall.improved() + overall.unchanged() + overall.inconclusive())
                .isEqualTo(2);
    }

    @Test
    void shouldLeaveRowsWithoutPositiveScoresOutOfTheGeometricMean() {
        PerfRun before = run("a", latency("Login", 0, 0), test(2, "Latency", "Other", "", true, 10, 10));
        PerfRun after = run("b", latency("Login", 5, 5));

        PairSummary summary = new RunComparator(CompareOptions.defaults()).compare(List.of(before, after))
                .summaries().get(0);

        assertThat(summary.withRatio()).isZero();
        assertThat(summary.geomeans()).isEmpty();
        assertThat(summary.betterRatio()).isNaN();
        assertThat(summary.series()).isEqualTo(2);
        assertThat(summary.inconclusive()).isEqualTo(2);
    }

    @Test
    void shouldRefuseCountsThatDoNotAddUp() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PairSummary(0, 1, List.of(), 1, 37, 37, 0, 0, 0,
                86)).withMessageContaining("partition");
    }

    private static double[] scaled(final double[] values, final double factor) {
        return java.util.Arrays.stream(values).map(v -> v * factor).toArray();
    }
}
