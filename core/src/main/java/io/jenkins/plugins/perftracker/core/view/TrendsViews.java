package io.jenkins.plugins.perftracker.core.view;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePoint;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns series histories and their change points into the trends page's view model. */
public final class TrendsViews {
    private TrendsViews() {
    }

    /**
     * The page for series over {@code builds}, in {@link NaturalOrder natural order} ("2 clients" before "16").
     *
     * @throws IllegalArgumentException when a series does not have one value per build
     */
    public static TrendsView of(final String title, final List<BuildRef> builds, final List<SeriesTrend> series) {
        List<TrendsView.Build> buildViews = new ArrayList<>();
        for (int i = 0; i < builds.size(); i++) {
            buildViews.add(new TrendsView.Build(i, builds.get(i).label(), builds.get(i).url()));
        }
        List<TrendsView.Series> views = new ArrayList<>();
        List<SeriesTrend> sorted = new ArrayList<>(series);
        sorted.sort(Comparator.comparing(SeriesTrend::key, NaturalOrder.SERIES));
        for (SeriesTrend trend : sorted) {
            if (trend.values().length != builds.size()) {
                throw new IllegalArgumentException("series " + trend.key() + " has " + trend.values().length
                        + " values but there are " + builds.size() + " builds");
            }
            views.add(series(trend, builds, "t" + views.size()));
        }
        return new TrendsView(title, buildViews, views);
    }

    private static TrendsView.Series series(final SeriesTrend trend, final List<BuildRef> builds, final String id) {
        List<Double> values = new ArrayList<>();
        for (double value : trend.values()) {
            values.add(ViewJson.number(value));
        }
        List<TrendsView.Mark> marks = trend.changePoints().stream().map(c -> new TrendsView.Mark(c.index(),
                builds.get(c.index()).label(), ViewJson.number(c.pValue()), ViewJson.number(c.forwardChange()),
                Numbers.percent(c.forwardChange()),
                c.forwardChange() > 0 == trend.lessIsBetter() ? "regression" : "improvement")).toList();
        SeriesKey key = trend.key();
        return new TrendsView.Series(id, ComparisonViews.series(key), key.getGroup(), key.getUnit(),
                trend.lessIsBetter(), values, marks);
    }

    /** A build of the history: its label and link (empty when there is none). */
    public record BuildRef(String label, String url) {
    }

    /**
     * One series over the builds with the change points found in it.
     *
     * @param values one value per build, NaN where the build lacks the series
     */
    public record SeriesTrend(SeriesKey key, boolean lessIsBetter, double[] values, List<ChangePoint> changePoints) {
        public SeriesTrend {
            values = values.clone();
            changePoints = List.copyOf(changePoints);
        }
    }
}
