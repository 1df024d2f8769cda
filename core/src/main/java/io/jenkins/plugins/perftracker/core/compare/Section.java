package io.jenkins.plugins.perftracker.core.compare;

import java.util.List;

/**
 * A section (PerfTracker's test case) of a group: the tests sharing a tag that have a category, or all the
 * category-less tests of the group.
 *
 * @param key   the tag, or "" for the category-less tests
 * @param title the key, or "Tests results" for the category-less section
 * @param rows  the rows in the order their tests first appear (runs in order, tests by sequence number)
 */
public record Section(String key, String title, List<Row> rows) {
    static final String DEFAULT_TITLE = "Tests results";

    public Section {
        rows = List.copyOf(rows);
    }
}
