package io.jenkins.plugins.perftracker.core.store.index;

import java.io.EOFException;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * An append-only file of records, each framed as length (4 bytes), CRC32 of the payload (4 bytes), payload.
 * A scan stops at the first frame that is cut short, has an impossible length or fails its checksum. That is a
 * torn write only when no whole record follows it (a crash can only tear the last append); otherwise the file
 * is damaged and the scan throws {@link IndexCorruptException} instead of dropping the records after it.
 */
final class RecordFile {
    /** Larger frames are taken for garbage rather than trusted to allocate. */
    static final int MAX_RECORD = 256 << 20;
    static final int FRAME = 8;

    /** Decodes one record's payload. */
    @FunctionalInterface
    interface Handler {
        void accept(ByteSource payload);
    }

    /** The frame at one position: its payload, or what is wrong with it. */
    private record Frame(ByteBuffer payload, String problem) {
        static Frame bad(final String problem) {
            return new Frame(null, problem);
        }
    }

    private RecordFile() {
    }

    /** Hands every whole record from {@code from} on to {@code handler}; returns where the last one ends. */
    static long scan(final Path file, final FileChannel channel, final long from, final Handler handler)
            throws IOException {
        long size = channel.size();
        long position = from;
        while (position < size) {
            Frame frame = read(channel, position, size);
            if (frame.problem() != null) {
                if (TornTail.wholeRecordFollows(channel, position, size)) {
                    throw new IndexCorruptException(file, "the record at byte " + position + " " + frame.problem()
                            + ", yet whole records follow it: the file is damaged, this is no torn write", null);
                }
                break;
            }
            decode(file, position, frame.payload(), handler);
            position += FRAME + frame.payload().limit();
        }
        return position;
    }

    private static Frame read(final FileChannel channel, final long position, final long size) throws IOException {
        if (position + FRAME > size) {
            return Frame.bad("is cut short");
        }
        ByteBuffer head = ByteBuffer.allocate(FRAME);
        readFully(channel, head, position);
        int length = head.getInt(0);
        if (length < 1 || length > MAX_RECORD) {
            return Frame.bad("has an impossible length of " + length + " bytes");
        }
        if (position + FRAME + length > size) {
            return Frame.bad("is cut short");
        }
        ByteBuffer payload = ByteBuffer.allocate(length);
        readFully(channel, payload, position + FRAME);
        if (crc(payload.array(), length) != head.getInt(4)) {
            return Frame.bad("fails its checksum");
        }
        return new Frame(payload, null);
    }

    private static void decode(final Path file, final long position, final ByteBuffer payload,
            final Handler handler) throws IndexCorruptException {
        try {
            ByteSource source = new ByteSource(payload);
            handler.accept(source);
            if (source.hasRemaining()) {
                throw new IllegalStateException("trailing bytes");
            }
        }
        catch (BufferUnderflowException | IllegalStateException | IllegalArgumentException e) {
            throw new IndexCorruptException(file, "the record at byte " + position + " passes its checksum but "
                    + "does not decode (" + e.getMessage() + ")", e);
        }
    }

    /** Writes {@code payload} as one frame at {@code position}, which must be the end of the valid records. */
    static long append(final FileChannel channel, final long position, final ByteSink payload) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(FRAME + payload.size());
        frame.putInt(payload.size()).putInt(crc(payload.array(), payload.size()));
        frame.put(payload.array(), 0, payload.size()).flip();
        long at = position;
        while (frame.hasRemaining()) {
            at += channel.write(frame, at);
        }
        return at;
    }

    static int crc(final byte[] bytes, final int length) {
        return crc(bytes, 0, length);
    }

    static int crc(final byte[] bytes, final int offset, final int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    static void readFully(final FileChannel channel, final ByteBuffer buffer, final long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new EOFException("unexpected end of file at byte " + at);
            }
            at += read;
        }
        buffer.flip();
    }
}
