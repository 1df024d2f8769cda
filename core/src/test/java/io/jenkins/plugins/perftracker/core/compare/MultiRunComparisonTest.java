package io.jenkins.plugins.perftracker.core.compare;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.model.PerfRun;

import static io.jenkins.plugins.perftracker.core.compare.Runs.*;
import static org.assertj.core.api.Assertions.*;

class MultiRunComparisonTest {
    private static final double[] BASE = {10, 11, 12, 13};

    @Test
    void shouldAdjustEachPairOfRunsAsItsOwnFamily() {
        // run 2 moves both series (4 vs 4, fully separated: p = 2/70 each); run 3 equals run 2
        PerfRun one = run("1", latency("A", BASE), latency("B", shifted(BASE, 10)).toBuilder().seqNum(2).build());
        PerfRun two = run("2", latency("A", shifted(BASE, 5)), latency("B", shifted(BASE, 15)).toBuilder().seqNum(2)
                .build());
        PerfRun three = run("3", latency("A", shifted(BASE, 5)), latency("B", shifted(BASE, 15)).toBuilder()
                .seqNum(2).build());

        Comparison comparison = new RunComparator(CompareOptions.defaults()).compare(List.of(one, two, three));

        Row a = comparison.rows().get(0);
        assertThat(a.cell(0, 1).pAdjustedHolm()).isCloseTo(4.0 / 70, within(1e-12));
        assertThat(a.cell(0, 2).pAdjustedHolm()).isCloseTo(4.0 / 70, within(1e-12));
        assertThat(a.cell(1, 2).pValue()).isEqualTo(1.0);
        assertThat(a.cell(1, 2).outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(a.cell(1, 2).ratioText()).isEqualTo("0%");
        assertThat(comparison.summaries()).extracting(PairSummary::regressed).containsExactly(2, 2, 0);
        assertThat(comparison.summaries()).extracting(PairSummary::unchanged).containsExactly(0, 0, 2);
    }

    @Test
    void shouldKeepAbsentRunsAsDashes() {
        PerfRun one = run("1", latency("A", BASE));
        PerfRun two = run("2", latency("Other", BASE));
        PerfRun three = run("3", latency("A", BASE));

        Row a = new RunComparator(CompareOptions.defaults()).compare(List.of(one, two, three)).rows().get(0);

        assertThat(a.values()).extracting(RunValue::present).containsExactly(true, false, true);
        assertThat(a.cell(0, 1).note()).isEqualTo("missing in #2");
        assertThat(a.cell(1, 2).note()).isEqualTo("missing in #2");
        assertThat(a.cell(0, 2).ratioText()).isEqualTo("0%");
        assertThat(a.cell(0, 2).symmetricRatio()).isZero();
        assertThat(a.cell(0, 1).symmetricRatio()).isNaN();
        assertThat(a.cell(0, 2).outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    private static double[] shifted(final double[] values, final double by) {
        return Arrays.stream(values).map(v -> v + by).toArray();
    }
}
