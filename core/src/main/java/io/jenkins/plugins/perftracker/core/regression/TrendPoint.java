package io.jenkins.plugins.perftracker.core.regression;

/**
 * One point of a series' mini chart.
 *
 * @param build the build number
 * @param x     the product version, or "?"
 * @param y     the mean score
 */
public record TrendPoint(int build, String x, double y) {
}
