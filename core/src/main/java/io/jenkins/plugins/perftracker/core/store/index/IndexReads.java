package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesPoint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The index's queries over one generation: only live builds count, and every answer is in build order. */
final class IndexReads {
    private static final Comparator<SeriesPoint> BY_BUILD = Comparator.comparingInt(SeriesPoint::build);

    private IndexReads() {
    }

    /** The points of series {@code id}: one block read per segment plus the log records in memory. */
    static List<SeriesPoint> series(final Generation generation, final int id, final int lastN) throws IOException {
        List<SeriesPoint> points = new ArrayList<>();
        Ownership ownership = generation.ownership();
        for (Segment segment : generation.segments()) {
            boolean[] live = segment.live();
            int[] builds = segment.builds();
            long[] times = segment.times();
            segment.readSeries(id, (series, local, mean, std, count) -> {
                if (live[local]) {
                    points.add(BuildData.point(builds[local], times[local], mean, std, count));
                }
            });
        }
        List<BuildData> log = generation.log();
        for (int i = 0; i < log.size(); i++) {
            int at = log.get(i).find(id);
            if (at >= 0 && ownership.isLive(i)) {
                points.add(log.get(i).point(at));
            }
        }
        points.sort(BY_BUILD);
        return List.copyOf(points.subList(Math.max(0, points.size() - lastN), points.size()));
    }

    /** Every series' points of the last {@code n} live builds, by series id; segments without them are skipped. */
    static Map<Integer, List<SeriesPoint>> lastBuilds(final Generation generation, final int n) throws IOException {
        Map<Integer, List<SeriesPoint>> bySeries = new HashMap<>();
        Ownership ownership = generation.ownership();
        if (n <= 0 || ownership.liveBuilds().isEmpty()) {
            return bySeries;
        }
        int first = ownership.liveBuilds().descendingKeySet().stream().limit(n).reduce((a, b) -> b).orElseThrow();
        for (Segment segment : generation.segments()) {
            readWanted(segment, first, bySeries);
        }
        List<BuildData> log = generation.log();
        for (int i = 0; i < log.size(); i++) {
            BuildData record = log.get(i);
            if (ownership.isLive(i) && record.build() >= first) {
                for (int at = 0; at < record.size(); at++) {
                    bySeries.computeIfAbsent(record.ids()[at], id -> new ArrayList<>()).add(record.point(at));
                }
            }
        }
        bySeries.values().forEach(points -> points.sort(BY_BUILD));
        return bySeries;
    }

    private static void readWanted(final Segment segment, final int first,
            final Map<Integer, List<SeriesPoint>> bySeries) throws IOException {
        int[] builds = segment.builds();
        long[] times = segment.times();
        boolean[] wanted = new boolean[builds.length];
        for (int i = 0; i < builds.length; i++) {
            wanted[i] = segment.live()[i] && builds[i] >= first;
        }
        if (!segment.anyLive(wanted)) {
            return;
        }
        segment.readAll((id, local, mean, std, count) -> {
            if (wanted[local]) {
                bySeries.computeIfAbsent(id, key -> new ArrayList<>())
                        .add(BuildData.point(builds[local], times[local], mean, std, count));
            }
        });
    }
}
