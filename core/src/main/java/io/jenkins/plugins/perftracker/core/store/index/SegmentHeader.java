package io.jenkins.plugins.perftracker.core.store.index;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** A segment's build table and series directory, decoded and checked against their checksum. */
record SegmentHeader(long from, long to, int[] builds, long[] times, boolean[] tombstones, int[] seriesIds,
        long[] offsets, int[] lengths, int[] counts, long dataStart, long dataLength, int dataCrc) {

    /** The fixed part: record range, counts and the sizes of the parts that follow. */
    private record Fixed(long from, long to, int buildCount, int seriesCount, int tableLength, int directoryLength,
            long dataLength, int dataCrc) {
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
        if (head.getInt() != SegmentWriter.MAGIC || head.get() != SegmentWriter.VERSION) {
            throw new IndexCorruptException(file, "not a segment of version " + SegmentWriter.VERSION, null);
        }
        return new Fixed(head.getLong(), head.getLong(), head.getInt(), head.getInt(), head.getInt(), head.getInt(),
                head.getLong(), head.getInt());
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
        long[][] directory = decodeDirectory(source, fixed);
        return new SegmentHeader(fixed.from(), fixed.to(), builds, times, tombstones, toInts(directory[0]),
                directory[1], toInts(directory[2]), toInts(directory[3]), fixed.dataStart(), fixed.dataLength(),
                fixed.dataCrc());
    }

    /** Ids, offsets, lengths and point counts of the series blocks. */
    private static long[][] decodeDirectory(final ByteSource source, final Fixed fixed) {
        long[][] directory = new long[4][fixed.seriesCount()];
        long offset = 0;
        for (int s = 0; s < fixed.seriesCount(); s++) {
            directory[0][s] = (s == 0 ? 0 : directory[0][s - 1]) + source.getVarInt();
            directory[2][s] = source.getVarInt();
            directory[3][s] = source.getVarInt();
            directory[1][s] = offset;
            offset += directory[2][s];
        }
        if (offset != fixed.dataLength()) {
            throw new IllegalStateException("the blocks add up to " + offset + " bytes, not " + fixed.dataLength());
        }
        return directory;
    }

    private static int[] toInts(final long[] values) {
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = Math.toIntExact(values[i]);
        }
        return ints;
    }
}
