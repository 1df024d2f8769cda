package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The series of an index by number: an append-only file of (id, direction, group, tag, category, unit).
 * A series whose direction changes is written again under its id; the last record wins.
 */
final class SeriesDictionary {
    private final Path file;
    private final List<SeriesInfo> byId = new ArrayList<>();
    private final Map<SeriesKey, Integer> ids = new HashMap<>();
    private long validEnd;

    SeriesDictionary(final Path file) {
        this.file = file;
    }

    /** Reads the records added since the last call; returns where the valid records end. */
    long load(final FileChannel channel) throws IOException {
        validEnd = RecordFile.scan(file, channel, validEnd, this::decode);
        return validEnd;
    }

    private void decode(final ByteSource source) {
        int id = source.getVarInt();
        boolean lessIsBetter = source.get() != 0;
        SeriesKey key = new SeriesKey(source.getString(), source.getString(), source.getString(), source.getString());
        if (id > byId.size()) {
            throw new IllegalStateException("series id " + id + " skips ids after " + (byId.size() - 1));
        }
        SeriesInfo info = new SeriesInfo(key, lessIsBetter);
        if (id == byId.size()) {
            byId.add(info);
        }
        else {
            byId.set(id, info);
        }
        ids.put(key, id);
    }

    int idOf(final SeriesKey key) {
        return ids.getOrDefault(key, -1);
    }

    SeriesInfo info(final int id) {
        return byId.get(id);
    }

    int size() {
        return byId.size();
    }

    List<SeriesInfo> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId));
    }

    /** The id of each series, writing records for new series and changed directions. */
    int[] assign(final List<SeriesInfo> infos, final FileChannel channel) throws IOException {
        int[] assigned = new int[infos.size()];
        ByteSink sink = new ByteSink(64);
        for (int i = 0; i < infos.size(); i++) {
            SeriesInfo info = infos.get(i);
            int id = idOf(info.key());
            if (id < 0 || !byId.get(id).equals(info)) {
                id = id < 0 ? byId.size() : id;
                sink.clear();
                encode(id, info, sink);
                validEnd = RecordFile.append(channel, validEnd, sink);
                decode(new ByteSource(java.nio.ByteBuffer.wrap(sink.toArray())));
            }
            assigned[i] = id;
        }
        return assigned;
    }

    private static void encode(final int id, final SeriesInfo info, final ByteSink sink) {
        SeriesKey key = info.key();
        sink.putVarLong(id).put(info.lessIsBetter() ? 1 : 0)
                .putString(key.getGroup()).putString(key.getTag()).putString(key.getCategory()).putString(key.getUnit());
    }
}
