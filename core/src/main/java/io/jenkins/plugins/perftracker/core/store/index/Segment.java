package io.jenkins.plugins.perftracker.core.store.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * An open segment: its build table and series directory in memory, its point blocks read on demand.
 * {@link #live} marks which of its builds no newer record replaced or removed; the index sets it.
 */
final class Segment implements Closeable {
    /** Receives one stored point. */
    @FunctionalInterface
    interface PointVisitor {
        void accept(int seriesId, int local, double mean, float std, long count);
    }

    private final Path file;
    private final FileChannel channel;
    private final SegmentHeader header;
    private boolean[] live;

    private Segment(final Path file, final FileChannel channel, final SegmentHeader header) {
        this.file = file;
        this.channel = channel;
        this.header = header;
        this.live = new boolean[header.builds().length];
    }

    static Segment open(final Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new Segment(file, channel, SegmentHeader.read(file, channel));
        }
        catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    Path file() {
        return file;
    }

    long from() {
        return header.from();
    }

    long to() {
        return header.to();
    }

    int[] builds() {
        return header.builds();
    }

    long[] times() {
        return header.times();
    }

    boolean[] tombstones() {
        return header.tombstones();
    }

    long bytes() {
        return header.dataStart() + header.dataLength();
    }

    boolean[] live() {
        return live;
    }

    void setLive(final boolean[] liveBuilds) {
        live = liveBuilds;
    }

    boolean anyLive(final boolean[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            if (wanted[i]) {
                return true;
            }
        }
        return false;
    }

    /** Visits the points of series {@code id}, in build order. */
    void readSeries(final int id, final PointVisitor visitor) throws IOException {
        int at = Arrays.binarySearch(header.seriesIds(), id);
        if (at < 0) {
            return;
        }
        ByteBuffer block = ByteBuffer.allocate(header.lengths()[at]);
        RecordFile.readFully(channel, block, header.dataStart() + header.offsets()[at]);
        decode(new ByteSource(block), id, header.counts()[at], visitor);
    }

    /** Visits every point, series by series; checks the data's checksum first. */
    void readAll(final PointVisitor visitor) throws IOException {
        ByteBuffer data = ByteBuffer.allocate((int) header.dataLength());
        RecordFile.readFully(channel, data, header.dataStart());
        if (RecordFile.crc(data.array(), data.limit()) != header.dataCrc()) {
            throw new IndexCorruptException(file, "the segment's points fail their checksum", null);
        }
        ByteSource source = new ByteSource(data);
        for (int s = 0; s < header.seriesIds().length; s++) {
            decode(source, header.seriesIds()[s], header.counts()[s], visitor);
        }
    }

    private void decode(final ByteSource source, final int id, final int count, final PointVisitor visitor)
            throws IndexCorruptException {
        try {
            int local = 0;
            for (int i = 0; i < count; i++) {
                local += source.getVarInt();
                visitor.accept(id, local, source.getDouble(), source.getFloat(), source.getVarLong());
            }
        }
        catch (BufferUnderflowException | IllegalStateException | ArrayIndexOutOfBoundsException e) {
            throw new IndexCorruptException(file, "the points of series " + id + " do not decode", e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
