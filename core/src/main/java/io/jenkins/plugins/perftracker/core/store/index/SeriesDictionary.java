package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The series of an index by number: an append-only file of (id, direction, group, tag, category, unit) entries.
 * The entries one append adds share one frame, so a crash keeps all of them or none. A series whose direction
 * changes is written again under its id; the last entry wins. Ids are dense and never reassigned: an entry
 * that skips an id, or gives an id to a second key, is damage.
 */
final class SeriesDictionary {
    private final Path file;
    private final List<SeriesInfo> byId = new ArrayList<>();
    private final Map<SeriesKey, Integer> ids = new HashMap<>();
    private long validEnd;

    SeriesDictionary(final Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Reads the records added since the last call; returns where the valid records end. */
    long load(final FileChannel channel) throws IOException {
        validEnd = RecordFile.scan(file, channel, validEnd, this::decode);
        return validEnd;
    }

    private void decode(final ByteSource source) {
        do {
            int id = source.getVarInt();
            boolean lessIsBetter = source.get() != 0;
            SeriesKey key = new SeriesKey(source.getString(), source.getString(), source.getString(),
                    source.getString());
            apply(id, new SeriesInfo(key, lessIsBetter));
        }
        while (source.hasRemaining());
    }

    private void apply(final int id, final SeriesInfo info) {
        if (id > byId.size()) {
            throw new IllegalStateException("series id " + id + " skips ids after " + (byId.size() - 1));
        }
        Integer known = ids.get(info.key());
        if (known != null && known != id || id < byId.size() && !byId.get(id).key().equals(info.key())) {
            throw new IllegalStateException("series id " + id + " and series " + info.key() + " are already taken");
        }
        if (id == byId.size()) {
            byId.add(info);
        }
        else {
            byId.set(id, info);
        }
        ids.put(info.key(), id);
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

    /** The id of each series; new series and changed directions are written as one frame before they count. */
    int[] assign(final List<SeriesInfo> infos, final FileChannel channel) throws IOException {
        int[] assigned = new int[infos.size()];
        Map<SeriesKey, Integer> fresh = new HashMap<>();
        Map<Integer, SeriesInfo> written = new LinkedHashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            SeriesInfo info = infos.get(i);
            int id = fresh.getOrDefault(info.key(), idOf(info.key()));
            if (id < 0) {
                id = byId.size() + fresh.size();
                fresh.put(info.key(), id);
            }
            if (id >= byId.size() || !byId.get(id).equals(info)) {
                written.put(id, info);
            }
            assigned[i] = id;
        }
        if (!written.isEmpty()) {
            ByteSink sink = new ByteSink(64 * written.size());
            written.forEach((id, info) -> encode(id, info, sink));
            validEnd = RecordFile.append(channel, validEnd, sink);
            written.forEach(this::apply);
        }
        return assigned;
    }

    private static void encode(final int id, final SeriesInfo info, final ByteSink sink) {
        SeriesKey key = info.key();
        sink.putVarLong(id).put(info.lessIsBetter() ? 1 : 0)
                .putString(key.getGroup()).putString(key.getTag()).putString(key.getCategory()).putString(key.getUnit());
    }
}
