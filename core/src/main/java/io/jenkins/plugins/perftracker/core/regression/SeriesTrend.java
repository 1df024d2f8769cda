package io.jenkins.plugins.perftracker.core.regression;

import java.util.List;

import io.jenkins.plugins.perftracker.core.model.SeriesKey;

/**
 * One series of a regression tag.
 *
 * @param key          the series key
 * @param title        "tag category", or the tag
 * @param lessIsBetter the direction
 * @param points       the linked builds' non-zero values, oldest first
 * @param ratio        the first-versus-last ratio (below 1 is worse), NaN without points
 * @param trendClass   its class
 * @param trendLine    whether PerfTracker draws a trend line (ratio ≤ 0.9 or ≥ 1.1)
 * @param changePoints the change points (build numbers) inside the tag's span
 */
public record SeriesTrend(SeriesKey key, String title, boolean lessIsBetter, List<TrendPoint> points, double ratio,
        TrendClass trendClass, boolean trendLine, List<Integer> changePoints) {
    public SeriesTrend {
        points = List.copyOf(points);
        changePoints = List.copyOf(changePoints);
    }
}
