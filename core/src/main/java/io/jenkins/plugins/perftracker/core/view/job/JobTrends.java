package io.jenkins.plugins.perftracker.core.view.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.store.index.SeriesHistory;
import io.jenkins.plugins.perftracker.core.view.TrendsView;
import io.jenkins.plugins.perftracker.core.view.TrendsViews;

/**
 * A job's trends page from its series index: the builds that have any point, each series aligned to them (NaN
 * where a build lacks it, or its test did not succeed), and the change points of each series.
 */
public final class JobTrends {
    private final ChangePointDetector detector;

    public JobTrends(final ChangePointDetector detector) {
        this.detector = detector;
    }

    /**
     * Builds the page model.
     *
     * @param title     the page title
     * @param histories the series as the index returns them
     * @param buildUrl  the link of a build number (relative to the page), or empty for none
     */
    public TrendsView of(final String title, final List<SeriesHistory> histories, final IntFunction<String> buildUrl) {
        Map<Integer, Integer> columns = columns(histories);
        List<TrendsViews.BuildRef> builds = new ArrayList<>();
        columns.keySet().forEach(b -> builds.add(new TrendsViews.BuildRef("#" + b, buildUrl.apply(b))));
        List<TrendsViews.SeriesTrend> series = new ArrayList<>();
        for (SeriesHistory history : histories) {
            double[] values = new double[columns.size()];
            Arrays.fill(values, Double.NaN);
            for (SeriesPoint point : history.points()) {
                if (point.hasValue()) {
                    values[columns.get(point.build())] = point.mean();
                }
            }
            series.add(new TrendsViews.SeriesTrend(history.info().key(), history.info().lessIsBetter(), values,
                    hasValues(values) ? detector.detect(values) : List.of()));
        }
        return TrendsViews.of(title, builds, series);
    }

    private static Map<Integer, Integer> columns(final List<SeriesHistory> histories) {
        Map<Integer, Integer> columns = new TreeMap<>();
        histories.forEach(h -> h.points().forEach(p -> columns.put(p.build(), 0)));
        int column = 0;
        for (Map.Entry<Integer, Integer> entry : columns.entrySet()) {
            entry.setValue(column++);
        }
        return columns;
    }

    private static boolean hasValues(final double[] values) {
        return Arrays.stream(values).anyMatch(v -> !Double.isNaN(v));
    }
}
