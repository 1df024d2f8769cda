package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/**
 * Computes the build-time dashboard of one project: five metrics, the charts of Buildtime Trend's eight panels
 * and the filter drop-downs, in one pass over the records (Jenkins builds and imported Travis jobs alike).
 */
public final class DashboardBuilder {
    private DashboardBuilder() {
    }

    /**
     * Builds the dashboard.
     *
     * @param records the project's build-time records, in any order
     * @param timeframe the selected timeframe
     * @param filter the selected filters
     * @param clock gives "now", so the result is deterministic
     */
    public static DashboardModel build(final Collection<BuildTimeRecord> records, final Timeframe timeframe,
            final DashboardFilter filter, final Clock clock) {
        Instant now = clock.instant();
        TimeWindow window = timeframe.window(now);
        DashboardMetrics metrics = new DashboardMetrics();
        DashboardCharts charts = new DashboardCharts(window);
        TimeProfile profile = new TimeProfile(now);
        for (BuildTimeRecord record : records) {
            if (filter.matches(record)) {
                add(record, window, metrics, charts, profile);
            }
        }
        List<ChartModel> all = new ArrayList<>(charts.toCharts());
        all.addAll(profile.toCharts());
        return new DashboardModel(timeframe.id(), timeframe.getInterval(), timeframe.getMaxAgeSeconds(),
                window.getStart().toString(), window.getEnd().toString(), now.toString(),
                FilterOptions.of(records, window, filter), metrics.toModels(now), all);
    }

    private static void add(final BuildTimeRecord record, final TimeWindow window, final DashboardMetrics metrics,
            final DashboardCharts charts, final TimeProfile profile) {
        metrics.addAnyTime(record);
        profile.add(record);
        int bucket = window.bucket(record.getFinishedAt());
        if (bucket >= 0) {
            metrics.add(record);
            charts.add(record, bucket);
        }
    }
}
