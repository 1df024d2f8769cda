package io.jenkins.plugins.perftracker.core.store.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Decides, for every stored build, which record holds its current state: the one with the highest seq (a
 * segment counts as its last seq). Marks the live builds of each segment and log record; tombstones and
 * replaced records are not live.
 */
final class Ownership {
    private final NavigableMap<Integer, Long> liveBuilds;
    private final boolean[] liveLog;

    private Ownership(final NavigableMap<Integer, Long> liveBuilds, final boolean[] liveLog) {
        this.liveBuilds = liveBuilds;
        this.liveLog = liveLog;
    }

    static Ownership compute(final List<Segment> segments, final List<BuildData> log) {
        Map<Integer, Long> owner = new HashMap<>();
        for (Segment segment : segments) {
            for (int build : segment.builds()) {
                owner.put(build, segment.to());
            }
        }
        for (BuildData record : log) {
            owner.put(record.build(), record.seq());
        }
        NavigableMap<Integer, Long> liveBuilds = new TreeMap<>();
        for (Segment segment : segments) {
            segment.setLive(markLive(segment, owner, liveBuilds));
        }
        return new Ownership(liveBuilds, markLive(log, owner, liveBuilds));
    }

    private static boolean[] markLive(final List<BuildData> log, final Map<Integer, Long> owner,
            final NavigableMap<Integer, Long> liveBuilds) {
        boolean[] live = new boolean[log.size()];
        for (int i = 0; i < live.length; i++) {
            BuildData record = log.get(i);
            live[i] = !record.tombstone() && owner.get(record.build()) == record.seq();
            if (live[i]) {
                liveBuilds.put(record.build(), record.time());
            }
        }
        return live;
    }

    private static boolean[] markLive(final Segment segment, final Map<Integer, Long> owner,
            final NavigableMap<Integer, Long> liveBuilds) {
        boolean[] live = new boolean[segment.builds().length];
        for (int i = 0; i < live.length; i++) {
            int build = segment.builds()[i];
            live[i] = !segment.tombstones()[i] && owner.get(build) == segment.to();
            if (live[i]) {
                liveBuilds.put(build, segment.times()[i]);
            }
        }
        return live;
    }

    /** Live build numbers with their times, in build order. */
    NavigableMap<Integer, Long> liveBuilds() {
        return liveBuilds;
    }

    boolean isLive(final int logIndex) {
        return liveLog[logIndex];
    }
}
