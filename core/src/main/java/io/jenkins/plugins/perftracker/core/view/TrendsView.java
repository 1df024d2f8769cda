package io.jenkins.plugins.perftracker.core.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The trends page: every series over the builds, with its change points marked and each point linked to its build.
 *
 * @param builds the builds, oldest first (the X axis)
 * @param series the series in key order
 */
public record TrendsView(String title, List<Build> builds, List<Series> series) {
    public TrendsView {
        builds = List.copyOf(builds);
        series = List.copyOf(series);
    }

    /** A build: its label on the axis and where a click on its point leads (empty: nowhere). */
    public record Build(int index, String label, String url) {
    }

    /**
     * One series; {@code values} has one entry per build, null where the build lacks the series.
     *
     * @param id an HTML id fragment, stable for the same key
     */
    public record Series(String id, String name, String group, String unit, boolean lessIsBetter,
            List<Double> values, List<Mark> changePoints) {
        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
            changePoints = List.copyOf(changePoints);
        }
    }

    /**
     * A change point: the build where the new regime starts.
     *
     * @param direction regression or improvement, in the series' direction
     */
    public record Mark(int index, String build, Double pValue, Double forwardChange, String changeText,
            String direction) {
    }
}
