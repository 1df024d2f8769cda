package io.jenkins.plugins.perftracker.core.compare;

import java.util.List;

import io.jenkins.plugins.perftracker.core.model.SeriesKey;

/**
 * One row of a section: the same test (group, tag, category, unit) in every run.
 *
 * @param key          the series key
 * @param title        PerfTracker's row title: the category, or the tag
 * @param lessIsBetter the direction (of the first run that has the test)
 * @param values       one value per run, in the user's order
 * @param cells        the "% vs #k" cells in PerfTracker's order: for each run n, for each earlier run k &lt; n
 */
public record Row(SeriesKey key, String title, boolean lessIsBetter, List<RunValue> values, List<PairCell> cells) {
    public Row {
        values = List.copyOf(values);
        cells = List.copyOf(cells);
    }

    /** The cell of run {@code run} against the earlier run {@code against}. */
    public PairCell cell(final int against, final int run) {
        return cells.get(run * (run - 1) / 2 + against);
    }
}
