package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;

import java.util.List;

/**
 * The points of one series, in build order.
 *
 * @param info   the series' key and direction
 * @param points its points, oldest build first
 */
public record SeriesHistory(SeriesInfo info, List<SeriesPoint> points) {
    public SeriesHistory {
        points = List.copyOf(points);
    }
}
