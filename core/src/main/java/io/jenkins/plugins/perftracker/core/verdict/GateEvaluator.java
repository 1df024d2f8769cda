package io.jenkins.plugins.perftracker.core.verdict;

import java.util.List;
import java.util.Locale;

/** Evaluates quality gates over the new, unacknowledged regressions. */
final class GateEvaluator {
    private GateEvaluator() {
    }

    static GateResult evaluate(final QualityGate gate, final List<SeriesVerdict> newRegressions) {
        List<SeriesVerdict> inScope = newRegressions.stream().filter(v -> gate.covers(v.series())).toList();
        double value = gate.metric() == GateMetric.REGRESSION_COUNT ? inScope.size()
                : inScope.stream().mapToDouble(SeriesVerdict::worsePercent).max().orElse(0);
        boolean triggered = value >= gate.threshold();
        return new GateResult(gate, value, triggered, message(gate, value, triggered));
    }

    private static String message(final QualityGate gate, final double value, final boolean triggered) {
        String scope = gate.isGlobal() ? "all series" : gate.series().toString();
        String measured = gate.metric() == GateMetric.REGRESSION_COUNT
                ? String.format(Locale.ROOT, "%d regression(s) in %s (threshold %d)", (long) value, scope,
                        (long) Math.ceil(gate.threshold()))
                : String.format(Locale.ROOT, "worst regression %.1f%% in %s (threshold %.1f%%)", value, scope,
                        gate.threshold());
        return (triggered ? gate.criticality().name() + ": " : "passed: ") + measured;
    }

    static VerdictStatus status(final List<GateResult> results) {
        return results.stream().filter(GateResult::triggered).map(r -> r.gate().criticality())
                .max(Enum::compareTo).map(VerdictStatus::of).orElse(VerdictStatus.PASSED);
    }
}
