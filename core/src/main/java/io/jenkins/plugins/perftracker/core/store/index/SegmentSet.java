package io.jenkins.plugins.perftracker.core.store.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The open segments of a generation folder, in record order. A segment whose records another one covers is
 * the input of a merge that finished writing but not deleting: it is ignored, and a writer deletes it, as it
 * deletes temporary files of writes that never completed.
 */
final class SegmentSet implements Closeable {
    private final Path dir;
    private final Map<String, Segment> open = new HashMap<>();
    private List<Segment> ordered = List.of();

    SegmentSet(final Path dir) {
        this.dir = dir;
    }

    List<Segment> ordered() {
        return ordered;
    }

    /** The last record any segment covers, 0 when none. */
    long covered() {
        return ordered.isEmpty() ? 0 : ordered.get(ordered.size() - 1).to();
    }

    /** Catches up with the folder; returns whether the set of segments changed. */
    boolean refresh(final boolean writable) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith("seg-") && name.endsWith(".col")) {
                    names.add(name);
                }
                else if (writable && name.startsWith(".") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(file);
                }
            }
        }
        if (names.equals(open.keySet())) {
            return false;
        }
        reopen(names);
        order(writable);
        return true;
    }

    private void reopen(final Set<String> names) throws IOException {
        for (String gone : new ArrayList<>(open.keySet())) {
            if (!names.contains(gone)) {
                open.remove(gone).close();
            }
        }
        for (String name : names) {
            if (!open.containsKey(name)) {
                open.put(name, Segment.open(dir.resolve(name)));
            }
        }
    }

    private void order(final boolean writable) throws IOException {
        List<Segment> all = new ArrayList<>(open.values());
        all.sort(Comparator.comparingLong(Segment::from).thenComparingLong(s -> -s.to()));
        List<Segment> kept = new ArrayList<>();
        for (Segment segment : all) {
            if (!kept.isEmpty() && segment.to() <= kept.get(kept.size() - 1).to()) {
                if (writable) {
                    open.remove(segment.file().getFileName().toString()).close();
                    Files.deleteIfExists(segment.file());
                }
            }
            else {
                kept.add(segment);
            }
        }
        ordered = List.copyOf(kept);
    }

    /** The highest series id any segment holds points of, -1 when none. */
    int maxSeriesId() {
        int max = -1;
        for (Segment segment : ordered) {
            max = Math.max(max, segment.maxSeriesId());
        }
        return max;
    }

    long bytes() {
        long bytes = 0;
        for (Segment segment : ordered) {
            bytes += segment.bytes();
        }
        return bytes;
    }

    @Override
    public void close() throws IOException {
        for (Segment segment : open.values()) {
            segment.close();
        }
        open.clear();
    }
}
