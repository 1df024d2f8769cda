package io.jenkins.plugins.perftracker.core.verdict;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.compare.Outcome;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.stats.ChangeEstimate;

import static io.jenkins.plugins.perftracker.core.verdict.History.*;
import static org.assertj.core.api.Assertions.*;

class GateEvaluatorTest {
    private static final List<SeriesVerdict> REGRESSIONS = List.of(regression(LOGIN, true, 0.12),
            regression(OPS, false, -0.30), regression(SEARCH, true, 0.04));

    @Test
    void shouldMeasureTheWorstChangeInTheWorseDirection() {
        GateResult result = GateEvaluator.evaluate(QualityGate.global(GateMetric.WORST_CHANGE, 25,
                Criticality.FAILURE), REGRESSIONS);

        assertThat(result.value()).isCloseTo(30.0, within(1e-9));
        assertThat(result.triggered()).isTrue();
        assertThat(result.message()).isEqualTo("FAILURE: worst regression 30.0% in all series (threshold 25.0%)");
    }

    @Test
    void shouldCountOnlyTheSeriesInScope() {
        GateResult login = GateEvaluator.evaluate(new QualityGate(GateMetric.REGRESSION_COUNT, 1, Criticality.NOTE,
                LOGIN), REGRESSIONS);
        GateResult other = GateEvaluator.evaluate(new QualityGate(GateMetric.REGRESSION_COUNT, 1, Criticality.NOTE,
                new SeriesKey("Latency", "Logout", "", "ms")), REGRESSIONS);

        assertThat(login.value()).isEqualTo(1.0);
        assertThat(login.triggered()).isTrue();
        assertThat(login.message()).isEqualTo("NOTE: 1 regression(s) in [Latency] Login (ms) (threshold 1)");
        assertThat(other.value()).isZero();
        assertThat(other.triggered()).isFalse();
        assertThat(other.gate().isGlobal()).isFalse();
    }

    @Test
    void shouldMeasureZeroWithoutRegressions() {
        GateResult result = GateEvaluator.evaluate(QualityGate.global(GateMetric.WORST_CHANGE, 1, Criticality.FAILURE),
                List.of());

        assertThat(result.value()).isZero();
        assertThat(result.triggered()).isFalse();
    }

    @Test
    void shouldPickTheHighestTriggeredCriticality() {
        GateResult note = new GateResult(QualityGate.global(GateMetric.REGRESSION_COUNT, 1, Criticality.NOTE), 1,
                true, "");
        GateResult failure = new GateResult(QualityGate.global(GateMetric.REGRESSION_COUNT, 1, Criticality.FAILURE),
                0, false, "");
        GateResult unstable = new GateResult(QualityGate.global(GateMetric.REGRESSION_COUNT, 1,
                Criticality.UNSTABLE), 3, true, "");

        assertThat(GateEvaluator.status(List.of(note, failure, unstable))).isEqualTo(VerdictStatus.UNSTABLE);
        assertThat(GateEvaluator.status(List.of(failure))).isEqualTo(VerdictStatus.PASSED);
        assertThat(GateEvaluator.status(List.of())).isEqualTo(VerdictStatus.PASSED);
        assertThat(VerdictStatus.of(Criticality.FAILURE)).isEqualTo(VerdictStatus.FAILURE);
        assertThat(VerdictStatus.UNSTABLE.getBuildResult()).isEqualTo("UNSTABLE");
    }

    static SeriesVerdict regression(final SeriesKey key, final boolean lessIsBetter, final double change) {
        return new SeriesVerdict(key, lessIsBetter, Outcome.REGRESSED, List.of(1), 100, 100 * (1 + change),
                new ChangeEstimate(change, change, change, 0.95), "welch-summary", 0.001, 0.003, false, "");
    }
}
