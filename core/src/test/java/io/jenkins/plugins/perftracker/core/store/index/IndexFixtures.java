package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;

import java.util.ArrayList;
import java.util.List;

/** Build summaries for the index tests. */
final class IndexFixtures {
    static final long T0 = 1_700_000_000_000L;

    private IndexFixtures() {
    }

    static SeriesKey key(final int series) {
        return new SeriesKey("group-" + series % 3, "test-" + series, series % 2 == 0 ? "" : "cat", "ns/op");
    }

    static SeriesInfo info(final int series) {
        return new SeriesInfo(key(series), series % 2 == 0);
    }

    /** The value series {@code series} has in build {@code build}: distinct for every pair. */
    static double mean(final int build, final int series) {
        return build * 1000.0 + series + 0.25;
    }

    /** Build {@code build} with a point for each of series {@code 0 .. count-1}. */
    static BuildSummary build(final int build, final int count) {
        List<Integer> series = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            series.add(s);
        }
        return build(build, series);
    }

    static BuildSummary build(final int build, final List<Integer> series) {
        long time = time(build);
        List<BuildSummary.Entry> entries = new ArrayList<>();
        for (int s : series) {
            entries.add(new BuildSummary.Entry(info(s), new SeriesPoint(build, time, mean(build, s), 0.1 * s,
                    3 + s % 5, Status.values()[s % Status.values().length])));
        }
        return new BuildSummary(build, time, entries);
    }

    static long time(final int build) {
        return T0 + build * 3_600_000L + build % 7;
    }
}
