package io.jenkins.plugins.perftracker.core.store.index;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Moves the log into an immutable segment when it has grown, then merges the newest segments while the newer
 * is at least half the size of the older, so that a long history lives in a few segments (about log2 of its
 * size) and every point is rewritten a logarithmic number of times.
 */
final class Compactor {
    private final int maxLogRecords;
    private final long maxLogBytes;

    Compactor(final int maxLogRecords, final long maxLogBytes) {
        this.maxLogRecords = maxLogRecords;
        this.maxLogBytes = maxLogBytes;
    }

    void compactIfDue(final Generation generation, final boolean sync) throws IOException {
        if (generation.log().size() >= maxLogRecords || generation.logBytes() >= maxLogBytes) {
            compact(generation, sync);
        }
    }

    /** Writes the log's records as a segment (synced, renamed into place), then empties the log. */
    void compact(final Generation generation, final boolean sync) throws IOException {
        List<BuildData> log = generation.log();
        if (log.isEmpty()) {
            return;
        }
        Map<Integer, BuildData> latest = new TreeMap<>();
        for (BuildData record : log) {
            latest.put(record.build(), record);
        }
        SegmentWriter.write(generation.dir(), log.get(0).seq(), log.get(log.size() - 1).seq(),
                new ArrayList<>(latest.values()));
        generation.truncateLog(sync);
        generation.refresh(true);
        mergeWhileDue(generation);
    }

    private void mergeWhileDue(final Generation generation) throws IOException {
        List<Segment> segments = generation.segments();
        while (segments.size() >= 2) {
            Segment older = segments.get(segments.size() - 2);
            Segment newer = segments.get(segments.size() - 1);
            if (older.bytes() > 2 * newer.bytes()) {
                return;
            }
            merge(generation, older, newer);
            segments = generation.segments();
        }
    }

    /** Replaces two adjacent segments by one; a crash before the inputs are deleted leaves them covered. */
    private void merge(final Generation generation, final Segment older, final Segment newer) throws IOException {
        Map<Integer, BuildData> builds = new TreeMap<>();
        for (Segment segment : List.of(older, newer)) {
            for (BuildData build : readBuilds(segment)) {
                builds.put(build.build(), build);
            }
        }
        SegmentWriter.write(generation.dir(), older.from(), newer.to(), new ArrayList<>(builds.values()));
        Files.deleteIfExists(older.file());
        Files.deleteIfExists(newer.file());
        generation.refresh(true);
    }

    private static List<BuildData> readBuilds(final Segment segment) throws IOException {
        int[] numbers = segment.builds();
        PointList[] points = new PointList[numbers.length];
        for (int i = 0; i < points.length; i++) {
            points[i] = new PointList();
        }
        segment.readAll((id, local, mean, std, count) -> points[local].add(id, mean, std, count));
        List<BuildData> builds = new ArrayList<>(numbers.length);
        for (int i = 0; i < numbers.length; i++) {
            builds.add(points[i].toBuild(segment.to(), numbers[i], segment.times()[i], segment.tombstones()[i]));
        }
        return builds;
    }
}
