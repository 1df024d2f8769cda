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
 * A scan stops at the first frame that is cut short or fails its checksum: that is where a torn write began.
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

    private RecordFile() {
    }

    /** Hands every whole record from {@code from} on to {@code handler}; returns where the last one ends. */
    static long scan(final Path file, final FileChannel channel, final long from, final Handler handler)
            throws IOException {
        long size = channel.size();
        long position = from;
        ByteBuffer head = ByteBuffer.allocate(FRAME);
        while (position + FRAME <= size) {
            head.clear();
            readFully(channel, head, position);
            int length = head.getInt(0);
            if (length < 1 || length > MAX_RECORD || position + FRAME + length > size) {
                break;
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            readFully(channel, payload, position + FRAME);
            if (crc(payload.array(), length) != head.getInt(4)) {
                break;
            }
            decode(file, position, payload, handler);
            position += FRAME + length;
        }
        return position;
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
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
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
