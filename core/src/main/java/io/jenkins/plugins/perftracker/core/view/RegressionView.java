package io.jenkins.plugins.perftracker.core.view;

import java.util.List;

/**
 * The regression tag page (PerfTracker A5): the tag's summary, a filter per trend class with its count, and a
 * small chart per series, grouped.
 *
 * @param classes the five classes in PerfTracker's order, each with its count and whether it starts ticked
 * @param groups  the groups in key order
 */
public record RegressionView(String title, Summary summary, List<ClassFilter> classes, List<Group> groups) {
    public RegressionView {
        classes = List.copyOf(classes);
        groups = List.copyOf(groups);
    }

    /** The tag: how many builds count, which are first and last, and when (ISO-8601, UTC; empty when none). */
    public record Summary(String tag, int builds, int excluded, int firstBuild, int lastBuild, String firstTime,
            String lastTime) {
    }

    /** A trend class check box: id (CSS class suffix), label, background colour, count of series, ticked. */
    public record ClassFilter(String id, String label, String colour, int count, boolean shown) {
    }

    /** A group and its series. */
    public record Group(String name, List<Series> series) {
        public Group {
            series = List.copyOf(series);
        }
    }

    /**
     * A series' mini chart: x are product versions, y mean scores, one per linked build.
     *
     * @param trendClass   the id of its class
     * @param ratioText    the first-versus-last ratio as a percentage change ("-12.5%")
     * @param trendLine    whether the cubic trend line is drawn
     * @param changePoints indexes into the points where change points fall
     */
    public record Series(String id, String title, String unit, boolean lessIsBetter, String trendClass,
            Double ratio, String ratioText, boolean trendLine, List<String> x, List<Double> y, List<Integer> builds,
            List<Integer> changePoints) {
        public Series {
            x = List.copyOf(x);
            y = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(y));
            builds = List.copyOf(builds);
            changePoints = List.copyOf(changePoints);
        }
    }
}
