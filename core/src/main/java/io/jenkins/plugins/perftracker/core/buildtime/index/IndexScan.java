package io.jenkins.plugins.perftracker.core.buildtime.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/**
 * Reads an index file from the start: replays additions and removals into the live entries, cuts off a torn
 * last frame and refuses damage anywhere else.
 */
final class IndexScan {
    private final Map<String, IndexEntry> live = new LinkedHashMap<>();
    private long end;
    private long truncatedBytes;

    private IndexScan() {
    }

    static IndexScan scan(final Path file, final FileChannel channel) throws IOException {
        IndexScan scan = new IndexScan();
        long size = channel.size();
        if (size < Frames.MAGIC.length) {
            scan.create(file, channel, size);
            return scan;
        }
        Frames.checkMagic(file, channel);
        long position = Frames.MAGIC.length;
        while (position < size) {
            byte[] payload = Frames.payloadAt(channel, position, size);
            if (payload == null) {
                if (!Frames.isTornTail(channel, position, size)) {
                    throw new BuildTimeIndexCorruptException(file, "the record at byte " + position
                            + " fails its checksum and is not the last one", null);
                }
                channel.truncate(position);
                channel.force(true);
                scan.truncatedBytes = size - position;
                break;
            }
            scan.apply(file, position, payload);
            position += Frames.HEADER + payload.length;
        }
        scan.end = position;
        return scan;
    }

    /** A new file, or one whose creation was cut short before its magic was whole. */
    private void create(final Path file, final FileChannel channel, final long size) throws IOException {
        ByteBuffer start = ByteBuffer.allocate((int) size);
        Frames.readFully(channel, start, 0);
        if (!start.equals(ByteBuffer.wrap(Frames.MAGIC, 0, (int) size))) {
            throw new BuildTimeIndexCorruptException(file, "not a build-time index (wrong magic)", null);
        }
        channel.truncate(0);
        end = Frames.writeMagic(channel);
        channel.force(true);
    }

    private void apply(final Path file, final long position, final byte[] payload) throws IOException {
        Payloads.Header header;
        try {
            header = Payloads.header(payload);
        }
        catch (IOException | RuntimeException e) {
            throw new BuildTimeIndexCorruptException(file, "the record at byte " + position
                    + " passes its checksum but does not decode (" + e.getMessage() + ")", e);
        }
        if (header.kind == Payloads.ADD) {
            IndexEntry entry = new IndexEntry(header.build, header.job, header.finishedAt, position,
                    Frames.HEADER + payload.length);
            live.remove(entry.key());
            live.put(entry.key(), entry);
        }
        else {
            live.values().removeIf(LiveEntries.matching(header.build, header.job));
        }
    }

    /** Decodes a record whose frame passed its checksum; failing that, the file is damaged. */
    static BuildTimeRecord decode(final Path file, final long position, final byte[] payload)
            throws BuildTimeIndexCorruptException {
        try {
            return Payloads.record(payload);
        }
        catch (IOException | RuntimeException e) {
            throw new BuildTimeIndexCorruptException(file, "the record at byte " + position
                    + " passes its checksum but does not decode (" + e.getMessage() + ")", e);
        }
    }

    Collection<IndexEntry> entries() {
        return live.values();
    }

    long end() {
        return end;
    }

    long truncatedBytes() {
        return truncatedBytes;
    }
}
