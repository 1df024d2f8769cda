package io.jenkins.plugins.perftracker.core.store.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Tells a torn write from damage. Every append is synced before the next one starts, so a crash can only leave
 * the last frame of a file incomplete: a bad frame followed by a whole record (a frame whose checksum matches,
 * at any byte offset after it) is damage. Garbage matches a CRC32 once in 2^32 tries, so a torn tail is not
 * mistaken for damage; to bound the work on a long garbage tail, checksumming more than {@link #BUDGET} bytes
 * gives up and reports damage, which costs a rebuild but never data.
 */
final class TornTail {
    static final long BUDGET = 64L << 20;
    private static final int WINDOW = 64 << 10;

    private TornTail() {
    }

    /** Whether a whole record starts anywhere after the bad frame at {@code bad}. */
    static boolean wholeRecordFollows(final FileChannel channel, final long bad, final long size)
            throws IOException {
        return wholeRecordFollows(channel, bad, size, BUDGET);
    }

    /** As above, giving up (and reporting damage) after checksumming {@code budget} bytes. */
    static boolean wholeRecordFollows(final FileChannel channel, final long bad, final long size,
            final long budget) throws IOException {
        long left = budget;
        ByteBuffer window = ByteBuffer.allocate((int) Math.min(WINDOW, size - bad));
        long windowStart = Long.MIN_VALUE;
        for (long at = bad + 1; at + RecordFile.FRAME < size; at++) {
            if (at + RecordFile.FRAME > windowStart + window.limit()) {
                windowStart = at;
                window.clear().limit((int) Math.min(window.capacity(), size - at));
                RecordFile.readFully(channel, window, at);
            }
            int offset = (int) (at - windowStart);
            int length = window.getInt(offset);
            if (length < 1 || length > RecordFile.MAX_RECORD || length > size - at - RecordFile.FRAME) {
                continue;
            }
            left -= length;
            if (left < 0 || payloadCrc(channel, window, windowStart, at, length) == window.getInt(offset + 4)) {
                return true;
            }
        }
        return false;
    }

    private static int payloadCrc(final FileChannel channel, final ByteBuffer window, final long windowStart,
            final long at, final int length) throws IOException {
        long start = at + RecordFile.FRAME;
        if (start + length <= windowStart + window.limit()) {
            return RecordFile.crc(window.array(), (int) (start - windowStart), length);
        }
        ByteBuffer payload = ByteBuffer.allocate(length);
        RecordFile.readFully(channel, payload, start);
        return RecordFile.crc(payload.array(), length);
    }
}
