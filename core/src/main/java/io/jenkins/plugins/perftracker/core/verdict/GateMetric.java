package io.jenkins.plugins.perftracker.core.verdict;

/** What a quality gate measures over the new, unacknowledged regressions in its scope. */
public enum GateMetric {
    /** How many series regressed; the threshold is a count. */
    REGRESSION_COUNT,
    /** The largest regression in percent (in the worse direction); the threshold is a percentage. */
    WORST_CHANGE
}
