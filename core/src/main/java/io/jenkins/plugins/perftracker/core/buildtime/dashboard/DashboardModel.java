package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.List;

/** The whole build-time dashboard of one project, ready to serialise with Jackson. */
public record DashboardModel(String timeframe, String interval, int maxAgeSeconds, String windowStart,
        String windowEnd, String now, List<FilterModel> filters, List<MetricModel> metrics,
        List<ChartModel> charts) {
    public DashboardModel {
        filters = List.copyOf(filters);
        metrics = List.copyOf(metrics);
        charts = List.copyOf(charts);
    }
}
