package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the index stores of one build: one point per series. Appending a summary for a build number the index
 * already holds replaces that build's points.
 *
 * @param build      the build number (not negative)
 * @param timeMillis when the build ran, epoch milliseconds
 * @param entries    one entry per series; no key twice
 */
public record BuildSummary(int build, long timeMillis, List<Entry> entries) {
    /** One series' point in this build. */
    public record Entry(SeriesInfo info, SeriesPoint point) {
    }

    public BuildSummary {
        if (build < 0) {
            throw new IllegalArgumentException("build number must not be negative but was " + build);
        }
        entries = List.copyOf(entries);
        Set<SeriesKey> seen = new HashSet<>();
        for (Entry entry : entries) {
            if (!seen.add(entry.info().key())) {
                throw new IllegalArgumentException("series " + entry.info().key() + " appears twice in build " + build);
            }
            if (entry.point().build() != build || entry.point().timeMillis() != timeMillis) {
                throw new IllegalArgumentException("the point of " + entry.info().key() + " belongs to build "
                        + entry.point().build() + ", not " + build + " at " + timeMillis);
            }
        }
    }

    /** The summary of the runs published by one build; a series repeated in a later run replaces the earlier. */
    public static BuildSummary of(final int build, final long timeMillis, final List<PerfRun> runs) {
        Map<SeriesKey, Entry> entries = new LinkedHashMap<>();
        for (PerfRun run : runs) {
            for (PerfTest test : run.getTests()) {
                SeriesInfo info = SeriesInfo.of(test);
                entries.put(info.key(), new Entry(info, SeriesPoint.of(build, timeMillis, test)));
            }
        }
        return new BuildSummary(build, timeMillis, new ArrayList<>(entries.values()));
    }

    public static BuildSummary of(final int build, final long timeMillis, final PerfRun run) {
        return of(build, timeMillis, List.of(run));
    }
}
