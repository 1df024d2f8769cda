package io.jenkins.plugins.perftracker.core.store.index;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A segment's build table and series directory, decoded and checked against their checksum. Version 2 keeps a
 * CRC per series block ({@code blockCrcs}); version 1 has none, only the CRC of all data ({@code dataCrc}).
 */
record SegmentHeader(int version, long from, long to, int[] builds, long[] times, boolean[] tombstones,
        Directory directory, long dataStart, long dataLength, int dataCrc) {

    /** Per series block, in id order: id, offset in the data, length, point count and (version 2) CRC. */
    record Directory(int[] seriesIds, long[] offsets, int[] lengths, int[] counts, int[] blockCrcs) {
    }

    /** The fixed part: record range, counts and the sizes of the parts that follow. */
    private record Fixed(int version, long from, long to, int buildCount, int seriesCount, int tableLength,
            int directoryLength, long dataLength, int dataCrc) {
        long dataStart() {
            return SegmentWriter.HEADER_BYTES + (long) tableLength + directoryLength + 4;
        }

        boolean fits(final long size) {
            return tableLength >= 0 && directoryLength >= 0 && dataLength >= 0 && buildCount >= 0
                    && seriesCount >= 0 && dataStart() + dataLength == size;
        }
    }

    static SegmentHeader read(final Path file, final FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < SegmentWriter.HEADER_BYTES + 4) {
            throw new IndexCorruptException(file, "a segment of " + size + " bytes is too short", null);
        }
        Fixed fixed = readFixed(file, channel);
        if (!fixed.fits(size)) {
            throw new IndexCorruptException(file, "the segment's sizes do not add up to its " + size + " bytes", null);
        }
        ByteBuffer meta = ByteBuffer.allocate((int) fixed.dataStart());
        RecordFile.readFully(channel, meta, 0);
        if (RecordFile.crc(meta.array(), meta.limit() - 4) != meta.getInt(meta.limit() - 4)) {
            throw new IndexCorruptException(file, "the segment's build table fails its checksum", null);
        }
        meta.position(SegmentWriter.HEADER_BYTES);
        try {
            return decode(new ByteSource(meta), fixed);
        }
        catch (BufferUnderflowException | IllegalStateException | ArithmeticException e) {
            throw new IndexCorruptException(file, "the segment's build table does not decode", e);
        }
    }

    private static Fixed readFixed(final Path file, final FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(SegmentWriter.HEADER_BYTES);
        RecordFile.readFully(channel, head, 0);
        int magic = head.getInt();
        int version = head.get();
        if (magic != SegmentWriter.MAGIC || version < 1 || version > SegmentWriter.VERSION) {
            throw new IndexCorruptException(file, "not a segment of version 1 to " + SegmentWriter.VERSION, null);
        }
        return new Fixed(version, head.getLong(), head.getLong(), head.getInt(), head.getInt(), head.getInt(),
                head.getInt(), head.getLong(), head.getInt());
    }

    private static SegmentHeader decode(final ByteSource source, final Fixed fixed) {
        int count = fixed.buildCount();
        int[] builds = new int[count];
        long[] times = new long[count];
        boolean[] tombstones = new boolean[count];
        long build = 0;
        long time = 0;
        for (int i = 0; i < count; i++) {
            long word = source.getVarLong();
            build += word >>> 1;
            time += source.getZigZag();
            builds[i] = Math.toIntExact(build);
            times[i] = time;
            tombstones[i] = (word & 1) != 0;
        }
        return new SegmentHeader(fixed.version(), fixed.from(), fixed.to(), builds, times, tombstones,
                decodeDirectory(source, fixed), fixed.dataStart(), fixed.dataLength(), fixed.dataCrc());
    }

    private static Directory decodeDirectory(final ByteSource source, final Fixed fixed) {
        int series = fixed.seriesCount();
        Directory directory = new Directory(new int[series], new long[series], new int[series], new int[series],
                new int[fixed.version() >= 2 ? series : 0]);
        long offset = 0;
        for (int s = 0; s < series; s++) {
            directory.seriesIds()[s] = Math.addExact(s == 0 ? 0 : directory.seriesIds()[s - 1], source.getVarInt());
            directory.lengths()[s] = source.getVarInt();
            directory.counts()[s] = source.getVarInt();
            if (fixed.version() >= 2) {
                directory.blockCrcs()[s] = source.getInt();
            }
            directory.offsets()[s] = offset;
            offset += directory.lengths()[s];
        }
        if (offset != fixed.dataLength()) {
            throw new IllegalStateException("the blocks add up to " + offset + " bytes, not " + fixed.dataLength());
        }
        return directory;
    }

    int[] seriesIds() {
        return directory.seriesIds();
    }
}
