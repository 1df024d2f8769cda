package io.jenkins.plugins.perftracker.core.view.job;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A page of the builds list, DataTables-style ({@code recordsFiltered} and the rows of the page), from rows
 * produced lazily newest first so that only the builds up to the page's end are looked at — unless a search
 * needs them all, and then at most {@link #MAX_SCANNED}.
 *
 * @param start           the first row of the page
 * @param recordsFiltered how many rows match (at least; the scan stops at the cap)
 * @param complete        false when the scan stopped at the cap
 * @param rows            the rows of the page
 */
public record BuildList(int start, int recordsFiltered, boolean complete, List<BuildRow> rows) {
    /** The most builds one request looks at. */
    public static final int MAX_SCANNED = 10_000;

    public static BuildList page(final Iterator<BuildRow> newestFirst, final String search, final int start,
            final int length) {
        List<BuildRow> rows = new ArrayList<>();
        int matching = 0;
        int scanned = 0;
        boolean counting = !search.isBlank();
        while (newestFirst.hasNext() && scanned < MAX_SCANNED && (counting || matching < start + length)) {
            BuildRow row = newestFirst.next();
            scanned++;
            if (row.matches(search)) {
                if (matching >= start && rows.size() < length) {
                    rows.add(row);
                }
                matching++;
            }
        }
        return new BuildList(start, matching, !newestFirst.hasNext(), rows);
    }
}
