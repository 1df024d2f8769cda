package io.jenkins.plugins.perftracker.core.view;

import java.util.List;

/**
 * A section's chart as PerfTracker chooses it: "none" for mixed tags, "bar" for one tag, "xy" (line over a
 * numeric axis) when more than three categories are numbers once their common suffix is cut.
 *
 * @param type         none, bar or xy
 * @param xName        the X axis name (the cut suffix for xy, else empty)
 * @param rotateLabels whether category labels are rotated 45° (more than 10 of them)
 * @param subtitle     "[lower is better]" or "[higher is better]"
 * @param categories   the X labels in display order (sorted by value for xy)
 * @param x            the numeric X values for xy, aligned with categories; empty otherwise
 * @param series       one series per run, aligned with categories
 */
public record ChartView(String type, String xName, boolean rotateLabels, String subtitle, String unit,
        List<String> categories, List<Double> x, List<Series> series) {
    public ChartView {
        categories = List.copyOf(categories);
        x = List.copyOf(x);
        series = List.copyOf(series);
    }

    /** No chart. */
    static ChartView none() {
        return new ChartView("none", "", false, "", "", List.of(), List.of(), List.of());
    }

    /**
     * One run's points; a value is null where the run lacks the test.
     *
     * @param failed whether each point is a failed or errored test (drawn as a black diamond)
     */
    public record Series(String name, List<Double> values, List<Boolean> failed) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            failed = List.copyOf(failed);
        }
    }
}
