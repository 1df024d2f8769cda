package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.List;

/**
 * One chart in the one shape every chart has: X labels (interval starts, group names, hours or weekdays) and
 * series of values. {@code panel} groups the charts Buildtime Trend showed as tabs of one panel; {@code type}
 * is {@code bar}, {@code stacked-bar}, {@code pie} or {@code area}; {@code unit} is {@code seconds} or
 * {@code count}.
 */
public record ChartModel(String id, int panel, String title, String type, String unit, List<String> labels,
        List<SeriesModel> series) {
    public ChartModel {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }
}
