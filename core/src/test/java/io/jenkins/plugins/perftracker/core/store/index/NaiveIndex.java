package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The index's contract in the simplest form: a map of build to summary, spreads rounded to float. */
final class NaiveIndex {
    private final TreeMap<Integer, BuildSummary> builds = new TreeMap<>();
    private final Map<SeriesKey, SeriesInfo> infos = new TreeMap<>();

    void append(final BuildSummary summary) {
        builds.put(summary.build(), summary);
        summary.entries().forEach(entry -> infos.put(entry.info().key(), entry.info()));
    }

    void remove(final int build) {
        builds.remove(build);
    }

    List<BuildSummary> summaries() {
        return new ArrayList<>(builds.values());
    }

    List<IndexedBuild> builds() {
        return builds.values().stream().map(b -> new IndexedBuild(b.build(), b.timeMillis())).toList();
    }

    List<SeriesPoint> series(final SeriesKey key, final int lastN) {
        List<SeriesPoint> points = new ArrayList<>();
        for (BuildSummary summary : builds.values()) {
            summary.entries().stream().filter(e -> e.info().key().equals(key))
                    .forEach(e -> points.add(stored(e.point())));
        }
        return points.subList(Math.max(0, points.size() - lastN), points.size());
    }

    List<SeriesHistory> lastBuilds(final int n) {
        Map<SeriesKey, List<SeriesPoint>> bySeries = new TreeMap<>();
        List<BuildSummary> last = new ArrayList<>(builds.descendingMap().values()).subList(0, Math.min(n, builds.size()));
        last.sort(Comparator.comparingInt(BuildSummary::build));
        for (BuildSummary summary : last) {
            summary.entries().forEach(e -> bySeries.computeIfAbsent(e.info().key(), k -> new ArrayList<>())
                    .add(stored(e.point())));
        }
        List<SeriesHistory> histories = new ArrayList<>();
        bySeries.forEach((key, points) -> histories.add(new SeriesHistory(infos.get(key), points)));
        return histories;
    }

    /** A point as the index keeps it: the spread at float precision. */
    private static SeriesPoint stored(final SeriesPoint point) {
        return new SeriesPoint(point.build(), point.timeMillis(), point.mean(), (float) point.std(), point.n(),
                point.status());
    }
}
