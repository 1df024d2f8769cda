package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.BuildRef;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.SeriesTrend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Series over builds, oldest first: one value per build (NaN where a build lacks the series).
 *
 * @param builds the builds
 * @param series the series in key order
 */
public record History(List<BuildRef> builds, List<Column> series) {
    public History {
        builds = List.copyOf(builds);
        series = List.copyOf(series);
    }

    /** The history of runs in build order: each series' value is the test's mean score. */
    public static History ofRuns(final List<BuildRef> builds, final List<PerfRun> runs) {
        Map<SeriesKey, Column> columns = new TreeMap<>();
        for (int b = 0; b < runs.size(); b++) {
            for (PerfTest test : runs.get(b).getTests()) {
                int build = b;
                columns.computeIfAbsent(test.getSeriesKey(), k -> Column.empty(k, test.isLessIsBetter(), runs.size()))
                        .values()[build] = test.getStats().getAvgScore();
            }
        }
        return new History(builds, new ArrayList<>(columns.values()));
    }

    /** Each series with the change points the detector finds in it. */
    public List<SeriesTrend> detect(final ChangePointDetector detector) {
        var found = detector.detectAll(series.stream().map(Column::values).toList());
        List<SeriesTrend> trends = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Column column = series.get(i);
            trends.add(new SeriesTrend(column.key(), column.lessIsBetter(), column.values(), found.get(i)));
        }
        return trends;
    }

    /** One series' values, one per build. */
    public record Column(SeriesKey key, boolean lessIsBetter, double[] values) {
        static Column empty(final SeriesKey key, final boolean lessIsBetter, final int builds) {
            double[] values = new double[builds];
            Arrays.fill(values, Double.NaN);
            return new Column(key, lessIsBetter, values);
        }
    }
}
