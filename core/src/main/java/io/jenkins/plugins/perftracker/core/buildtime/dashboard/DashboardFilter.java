package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/**
 * The dashboard's filters ({@code filter_branch}, {@code filter_build_result}, {@code filter_build_trigger},
 * {@code filter_build_matrix}, plus the agent for Jenkins builds): each an exact value or empty for "all".
 * Every metric and chart applies all of them, as Buildtime Trend added an {@code eq} filter to every query.
 */
public record DashboardFilter(String branch, String result, String trigger, String matrix, String agent) {
    /** No filter set. */
    public static final DashboardFilter NONE = new DashboardFilter("", "", "", "", "");

    public DashboardFilter {
        branch = clean(branch);
        result = clean(result);
        trigger = clean(trigger);
        matrix = clean(matrix);
        agent = clean(agent);
    }

    private static String clean(final String value) {
        return value == null ? "" : value;
    }

    /** Whether the record passes every filter that is set. */
    public boolean matches(final BuildTimeRecord record) {
        return accepts(branch, record.getBranch()) && accepts(result, record.getResult().id())
                && accepts(trigger, Fields.trigger(record)) && accepts(matrix, record.getMatrix().getSummary())
                && accepts(agent, Fields.agent(record));
    }

    private static boolean accepts(final String wanted, final String actual) {
        return wanted.isEmpty() || wanted.equals(actual);
    }
}
