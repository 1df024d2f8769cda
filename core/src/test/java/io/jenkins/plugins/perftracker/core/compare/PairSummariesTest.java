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
        assertThat(latency.ratio()).isCloseTo(1.2, within(1e-9));
        assertThat(latency.betterRatio()).isCloseTo(1 / 1.2, within(1e-9));
        assertThat(latency.regressed()).isEqualTo(1);
        assertThat(throughput.betterRatio()).isCloseTo(1.2, within(1e-9));
        assertThat(throughput.improved()).isEqualTo(1);
        assertThat(overall.ratio()).isCloseTo(1.2, within(1e-9));
        assertThat(overall.betterRatio()).isCloseTo(1.0, within(1e-9));
        assertThat(overall.rows()).isEqualTo(2);
        assertThat(overall.regressed() + overall.improved() + overall.unchanged() + overall.inconclusive())
                .isEqualTo(2);
    }

    @Test
    void shouldLeaveRowsWithoutPositiveScoresOutOfTheGeometricMean() {
        PerfRun before = run("a", latency("Login", 0, 0), test(2, "Latency", "Other", "", true, 10, 10));
        PerfRun after = run("b", latency("Login", 5, 5));

        PairSummary summary = new RunComparator(CompareOptions.defaults()).compare(List.of(before, after))
                .summaries().get(0);

        assertThat(summary.rows()).isZero();
        assertThat(summary.ratio()).isNaN();
    }

    private static double[] scaled(final double[] values, final double factor) {
        return java.util.Arrays.stream(values).map(v -> v * factor).toArray();
    }
}
