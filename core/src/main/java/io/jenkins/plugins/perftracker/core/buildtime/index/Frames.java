package io.jenkins.plugins.perftracker.core.buildtime.index;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * The file layout: an 8-byte magic, then frames of length (4 bytes), CRC32 of the payload (4 bytes), payload.
 * A frame is written whole by one positional write and is followed by nothing until it is complete, so only
 * the last frame can be torn by a crash.
 */
final class Frames {
    static final byte[] MAGIC = "PTBTIX01".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER = 8;
    /** A record of 10,000 stages takes about 1 MiB; larger lengths are garbage, not allocations to trust. */
    static final int MAX_PAYLOAD = 16 << 20;

    private Frames() {
    }

    /** Frames a payload: length, checksum, bytes. */
    static ByteBuffer frame(final ByteArrayOutputStream payload) {
        byte[] bytes = payload.toByteArray();
        if (bytes.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("a build-time record of " + bytes.length + " bytes exceeds the "
                    + MAX_PAYLOAD + " bytes an index record may take");
        }
        ByteBuffer frame = ByteBuffer.allocate(HEADER + bytes.length);
        frame.putInt(bytes.length).putInt(crc(bytes)).put(bytes).flip();
        return frame;
    }

    static DataOutputStream output(final ByteArrayOutputStream bytes) {
        return new DataOutputStream(bytes);
    }

    static int crc(final byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return (int) crc.getValue();
    }

    static void writeFully(final FileChannel channel, final ByteBuffer buffer, final long position)
            throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    static void readFully(final FileChannel channel, final ByteBuffer buffer, final long position)
            throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new java.io.EOFException("end of file at byte " + at);
            }
            at += read;
        }
        buffer.flip();
    }

    /**
     * Reads the payload of the frame at {@code offset} and checks it; {@code null} when the frame is cut short
     * or fails its checksum (the caller decides whether that is a torn tail or damage).
     */
    static byte[] payloadAt(final FileChannel channel, final long offset, final long size) throws IOException {
        if (offset + HEADER > size) {
            return null;
        }
        ByteBuffer head = ByteBuffer.allocate(HEADER);
        readFully(channel, head, offset);
        int length = head.getInt();
        int crc = head.getInt();
        if (length < 1 || length > MAX_PAYLOAD || offset + HEADER + length > size) {
            return null;
        }
        ByteBuffer payload = ByteBuffer.allocate(length);
        readFully(channel, payload, offset + HEADER);
        return crc(payload.array()) == crc ? payload.array() : null;
    }

    /** Whether a bad frame at {@code offset} is a torn last append: it reaches the end, or only zeros follow. */
    static boolean isTornTail(final FileChannel channel, final long offset, final long size) throws IOException {
        if (offset + HEADER > size) {
            return true;
        }
        ByteBuffer head = ByteBuffer.allocate(HEADER);
        readFully(channel, head, offset);
        long length = head.getInt();
        if (length > 0 && offset + HEADER + length >= size) {
            return true;
        }
        ByteBuffer rest = ByteBuffer.allocate((int) Math.min(size - offset, MAX_PAYLOAD + HEADER));
        readFully(channel, rest, offset);
        while (rest.hasRemaining()) {
            if (rest.get() != 0) {
                return false;
            }
        }
        return size - offset <= MAX_PAYLOAD + HEADER;
    }

    /** Writes the magic at the start of an empty file; returns where the first frame goes. */
    static long writeMagic(final FileChannel channel) throws IOException {
        writeFully(channel, ByteBuffer.wrap(MAGIC), 0);
        return MAGIC.length;
    }

    /** Writes a new file at {@code target} holding the given frames of {@code channel}, forced to disk. */
    static void copy(final FileChannel channel, final java.util.List<IndexEntry> entries, final Path target)
            throws IOException {
        try (FileChannel out = FileChannel.open(target, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            long at = writeMagic(out);
            for (IndexEntry entry : entries) {
                ByteBuffer frame = ByteBuffer.allocate(entry.frameLength);
                readFully(channel, frame, entry.offset);
                writeFully(out, frame, at);
                at += entry.frameLength;
            }
            out.force(true);
        }
    }

    static void checkMagic(final Path file, final FileChannel channel) throws IOException {
        ByteBuffer magic = ByteBuffer.allocate(MAGIC.length);
        readFully(channel, magic, 0);
        if (!ByteBuffer.wrap(MAGIC).equals(magic)) {
            throw new BuildTimeIndexCorruptException(file, "not a build-time index (wrong magic)", null);
        }
    }
}
