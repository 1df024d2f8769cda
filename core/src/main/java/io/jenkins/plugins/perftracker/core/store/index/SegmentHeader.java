package io.jenkins.plugins.perftracker.core.store.index;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** A segment's build table and series directory, decoded and checked against their checksum. */
record SegmentHeader(long from, long to, int[] builds, long[] times, boolean[] tombstones, int[] seriesIds,
        long[] offsets, int[] lengths, int[] counts, long dataStart, long dataLength, int dataCrc) {

    static SegmentHeader read(final Path file, final FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < SegmentWriter.HEADER_BYTES + 4) {
            throw new IndexCorruptException(file, "a segment of " + size + " bytes is too short", null);
        }
        ByteBuffer fixed = ByteBuffer.allocate(SegmentWriter.HEADER_BYTES);
        RecordFile.readFully(channel, fixed, 0);
        if (fixed.getInt() != SegmentWriter.MAGIC || fixed.get() != SegmentWriter.VERSION) {
            throw new IndexCorruptException(file, "not a segment of version " + SegmentWriter.VERSION, null);
        }
        long from = fixed.getLong();
        long to = fixed.getLong();
        int buildCount = fixed.getInt();
        int seriesCount = fixed.getInt();
        int tableLength = fixed.getInt();
        int directoryLength = fixed.getInt();
        long dataLength = fixed.getLong();
        int dataCrc = fixed.getInt();
        long dataStart = SegmentWriter.HEADER_BYTES + (long) tableLength + directoryLength + 4;
        if (tableLength < 0 || directoryLength < 0 || dataLength < 0 || buildCount < 0 || seriesCount < 0
                || dataStart + dataLength != size) {
            throw new IndexCorruptException(file, "the segment's sizes do not add up to its " + size + " bytes", null);
        }
        ByteBuffer meta = ByteBuffer.allocate(SegmentWriter.HEADER_BYTES + tableLength + directoryLength + 4);
        RecordFile.readFully(channel, meta, 0);
        if (RecordFile.crc(meta.array(), meta.limit() - 4) != meta.getInt(meta.limit() - 4)) {
            throw new IndexCorruptException(file, "the segment's build table fails its checksum", null);
        }
        meta.position(SegmentWriter.HEADER_BYTES);
        try {
            return decode(new ByteSource(meta), new long[] {from, to, dataStart, dataLength, dataCrc},
                    buildCount, seriesCount);
        }
        catch (BufferUnderflowException | IllegalStateException | ArithmeticException e) {
            throw new IndexCorruptException(file, "the segment's build table does not decode", e);
        }
    }

    private static SegmentHeader decode(final ByteSource source, final long[] fixed, final int buildCount,
            final int seriesCount) {
        int[] builds = new int[buildCount];
        long[] times = new long[buildCount];
        boolean[] tombstones = new boolean[buildCount];
        long build = 0;
        long time = 0;
        for (int i = 0; i < buildCount; i++) {
            long word = source.getVarLong();
            build += word >>> 1;
            time += source.getZigZag();
            builds[i] = Math.toIntExact(build);
            times[i] = time;
            tombstones[i] = (word & 1) != 0;
        }
        int[] ids = new int[seriesCount];
        long[] offsets = new long[seriesCount];
        int[] lengths = new int[seriesCount];
        int[] counts = new int[seriesCount];
        long offset = 0;
        for (int s = 0; s < seriesCount; s++) {
            ids[s] = (s == 0 ? 0 : ids[s - 1]) + source.getVarInt();
            lengths[s] = source.getVarInt();
            counts[s] = source.getVarInt();
            offsets[s] = offset;
            offset += lengths[s];
        }
        if (offset != fixed[3]) {
            throw new IllegalStateException("the blocks add up to " + offset + " bytes, not " + fixed[3]);
        }
        return new SegmentHeader(fixed[0], fixed[1], builds, times, tombstones, ids, offsets, lengths, counts,
                fixed[2], fixed[3], (int) fixed[4]);
    }
}
