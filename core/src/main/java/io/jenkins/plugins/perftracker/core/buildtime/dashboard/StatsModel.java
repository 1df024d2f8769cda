package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.List;

/** The service-wide usage statistics ({@code /stats}) across every tracked job and repository. */
public record StatsModel(String timeframe, String interval, String count, String windowStart, String windowEnd,
        String now, List<MetricModel> metrics, List<ChartModel> charts) {
    public StatsModel {
        metrics = List.copyOf(metrics);
        charts = List.copyOf(charts);
    }
}
