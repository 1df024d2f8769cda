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
    private boolean dataVerified;

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

    /** The highest series id this segment holds points of, -1 when none. */
    int maxSeriesId() {
        int[] ids = header.seriesIds();
        return ids.length == 0 ? -1 : ids[ids.length - 1];
    }

    /** Visits the points of series {@code id}, in build order, after checking their block's checksum. */
    void readSeries(final int id, final PointVisitor visitor) throws IOException {
        SegmentHeader.Directory directory = header.directory();
        int at = Arrays.binarySearch(directory.seriesIds(), id);
        if (at < 0) {
            return;
        }
        long offset = header.dataStart() + directory.offsets()[at];
        ByteBuffer block = ByteBuffer.allocate(directory.lengths()[at]);
        RecordFile.readFully(channel, block, offset);
        if (header.version() < 2) {
            verifyAllData();
        }
        else if (RecordFile.crc(block.array(), block.limit()) != directory.blockCrcs()[at]) {
            throw new IndexCorruptException(file, "the points of series " + id + " at byte " + offset
                    + " fail their checksum", null);
        }
        decode(new ByteSource(block), id, directory.counts()[at], visitor);
    }

    /** Visits every point, series by series; checks the data's checksum first. */
    void readAll(final PointVisitor visitor) throws IOException {
        ByteSource source = new ByteSource(checkedData());
        for (int s = 0; s < header.seriesIds().length; s++) {
            decode(source, header.seriesIds()[s], header.directory().counts()[s], visitor);
        }
    }

    /** A version-1 segment has no checksum per block: its whole data is checked once (segments never change). */
    private void verifyAllData() throws IOException {
        if (!dataVerified) {
            checkedData();
        }
    }

    private ByteBuffer checkedData() throws IOException {
        ByteBuffer data = ByteBuffer.allocate((int) header.dataLength());
        RecordFile.readFully(channel, data, header.dataStart());
        if (RecordFile.crc(data.array(), data.limit()) != header.dataCrc()) {
            throw new IndexCorruptException(file, "the segment's points (bytes " + header.dataStart() + " to "
                    + (header.dataStart() + header.dataLength()) + ") fail their checksum", null);
        }
        dataVerified = true;
        return data;
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
