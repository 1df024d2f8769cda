package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.store.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes an immutable columnar segment: the builds it covers, then per series one block of its points, so
 * that one series is read with one positioned read. Layout in {@code docs/storage.md}; all integers big-endian.
 */
final class SegmentWriter {
    static final int MAGIC = 0x50545347; // "PTSG"
    /** 2 adds a CRC per series block; version 1 segments are still read (their data CRC is checked instead). */
    static final int VERSION = 2;
    static final int HEADER_BYTES = 4 + 1 + 8 + 8 + 4 + 4 + 4 + 4 + 8 + 4;

    private SegmentWriter() {
    }

    /** The file name of the segment of records {@code from}..{@code to}; names sort in record order. */
    static String name(final long from, final long to) {
        return String.format("seg-%016x-%016x.col", from, to);
    }

    /**
     * Writes the segment of {@code builds} (sorted by build number, one entry per build) covering the records
     * {@code from}..{@code to}, atomically.
     */
    static Path write(final Path dir, final long from, final long to, final List<BuildData> builds)
            throws IOException {
        ByteSink table = new ByteSink(builds.size() * 6);
        Map<Integer, ByteSink> blocks = new TreeMap<>();
        Map<Integer, int[]> state = new TreeMap<>(); // id -> {last local index, count}
        int lastBuild = 0;
        long lastTime = 0;
        for (int local = 0; local < builds.size(); local++) {
            BuildData build = builds.get(local);
            table.putVarLong((long) (build.build() - lastBuild) << 1 | (build.tombstone() ? 1 : 0))
                    .putZigZag(build.time() - lastTime);
            lastBuild = build.build();
            lastTime = build.time();
            addPoints(build, local, blocks, state);
        }
        byte[] segment = assemble(new long[] {from, to, builds.size(), blocks.size()}, table, blocks, state);
        Path file = dir.resolve(name(from, to));
        AtomicFiles.replace(file, out -> out.write(segment));
        return file;
    }

    private static void addPoints(final BuildData build, final int local, final Map<Integer, ByteSink> blocks,
            final Map<Integer, int[]> state) {
        for (int i = 0; i < build.size(); i++) {
            int[] last = state.computeIfAbsent(build.ids()[i], id -> new int[] {0, 0});
            blocks.computeIfAbsent(build.ids()[i], id -> new ByteSink(64)).putVarLong(local - last[0])
                    .putDouble(build.means()[i]).putFloat(build.stds()[i]).putVarLong(build.counts()[i]);
            last[0] = local;
            last[1]++;
        }
    }

    /** Header, build table, directory, checksum, then the blocks in series order. */
    private static byte[] assemble(final long[] fixed, final ByteSink table, final Map<Integer, ByteSink> blocks,
            final Map<Integer, int[]> state) {
        ByteSink directory = new ByteSink(blocks.size() * 6);
        ByteSink data = new ByteSink(1024);
        int lastId = 0;
        for (Map.Entry<Integer, ByteSink> block : blocks.entrySet()) {
            directory.putVarLong(block.getKey() - lastId).putVarLong(block.getValue().size())
                    .putVarLong(state.get(block.getKey())[1])
                    .putInt(RecordFile.crc(block.getValue().array(), block.getValue().size()));
            lastId = block.getKey();
            data.putBytes(block.getValue().array(), block.getValue().size());
        }
        ByteSink all = new ByteSink(HEADER_BYTES + table.size() + directory.size() + 4 + data.size());
        all.putInt(MAGIC).put(VERSION).putLong(fixed[0]).putLong(fixed[1]).putInt((int) fixed[2])
                .putInt((int) fixed[3]).putInt(table.size()).putInt(directory.size()).putLong(data.size())
                .putInt(RecordFile.crc(data.array(), data.size()));
        all.putBytes(table.array(), table.size()).putBytes(directory.array(), directory.size());
        all.putInt(RecordFile.crc(all.array(), all.size()));
        all.putBytes(data.array(), data.size());
        return all.array().length == all.size() ? all.array() : all.toArray();
    }
}
