package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dashboard model as a page serves it: the model's fields, plus {@code buildLinks}, the page of each build
 * label the charts show (build and job ids), so a bar or slice opens its build. Same JSON shape as
 * {@link DashboardModel} otherwise, for the same {@code dashboard.js}.
 */
public record LinkedDashboard(String timeframe, String interval, int maxAgeSeconds, String windowStart,
        String windowEnd, String now, List<FilterModel> filters, List<MetricModel> metrics, List<ChartModel> charts,
        Map<String, String> buildLinks) {
    public LinkedDashboard {
        buildLinks = new TreeMap<>(buildLinks);
    }

    public static LinkedDashboard of(final DashboardModel model, final Map<String, String> buildLinks) {
        return new LinkedDashboard(model.timeframe(), model.interval(), model.maxAgeSeconds(), model.windowStart(),
                model.windowEnd(), model.now(), model.filters(), model.metrics(), model.charts(), buildLinks);
    }

    /**
     * Service statistics in the dashboard's shape (no filters; the cache age of the timeframe), so the same
     * module draws {@code /stats}.
     */
    public static LinkedDashboard of(final StatsModel stats, final Timeframe timeframe) {
        return new LinkedDashboard(stats.timeframe(), stats.interval(), timeframe.getMaxAgeSeconds(),
                stats.windowStart(), stats.windowEnd(), stats.now(), List.of(), stats.metrics(), stats.charts(),
                Map.of());
    }
}
