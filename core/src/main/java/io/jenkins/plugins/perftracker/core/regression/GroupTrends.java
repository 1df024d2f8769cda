package io.jenkins.plugins.perftracker.core.regression;

import java.util.List;

/**
 * The series of one group in a regression view.
 *
 * @param group  the group
 * @param series its series, ordered by key
 */
public record GroupTrends(String group, List<SeriesTrend> series) {
    public GroupTrends {
        series = List.copyOf(series);
    }
}
