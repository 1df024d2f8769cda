package io.jenkins.plugins.perftracker.core.compare;

import java.util.List;

/**
 * A comparison of 2..N runs: PerfTracker's Comparison → Group → Section → rows, plus overall summaries.
 *
 * @param runTitles the runs' titles, in the user's order (#1, #2, …)
 * @param options   the options used
 * @param groups    groups in order of first appearance
 * @param summaries the overall summary per pair of runs, in the cells' order
 */
public record Comparison(List<String> runTitles, CompareOptions options, List<GroupComparison> groups,
        List<PairSummary> summaries) {
    public Comparison {
        runTitles = List.copyOf(runTitles);
        groups = List.copyOf(groups);
        summaries = List.copyOf(summaries);
    }

    /** Every row of every section of every group, in display order. */
    public List<Row> rows() {
        return groups.stream().flatMap(g -> g.sections().stream()).flatMap(s -> s.rows().stream()).toList();
    }
}
