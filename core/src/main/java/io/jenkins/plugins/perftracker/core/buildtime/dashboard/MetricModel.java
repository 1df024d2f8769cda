package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

/**
 * One dashboard metric: id, title, value ({@code null} when there is nothing to show), the text after the value
 * and the colour (a hex code, or {@code null} for the default).
 */
public record MetricModel(String id, String title, Double value, String suffix, String colour) {
}
