package io.jenkins.plugins.perftracker.core.verdict;

import java.util.List;

/**
 * The machine-readable verdict on a build: what the plugin acts on (build result, stage warning, summary
 * counts, list of new regressions) and the per-series details behind it.
 *
 * @param build          the judged build
 * @param baseline       the baseline used
 * @param status         the overall status (the highest criticality of the triggered gates)
 * @param gates          every gate with its measured value
 * @param counts         the summary counts
 * @param newRegressions the regressions nobody acknowledged, worst first
 * @param series         every series' verdict, by key
 */
public record Verdict(int build, Baseline baseline, VerdictStatus status, List<GateResult> gates, VerdictCounts counts,
        List<SeriesVerdict> newRegressions, List<SeriesVerdict> series) {
    public Verdict {
        gates = List.copyOf(gates);
        newRegressions = List.copyOf(newRegressions);
        series = List.copyOf(series);
    }
}
