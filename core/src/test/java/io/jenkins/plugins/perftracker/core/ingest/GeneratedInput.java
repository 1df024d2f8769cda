package io.jenkins.plugins.perftracker.core.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A large input made on the fly, so bounded-memory tests need neither disk nor time to write files: a head, a
 * filler pattern repeated up to a byte count, and a tail.
 */
public final class GeneratedInput extends InputStream {
    private final byte[] head;
    private final byte[] filler;
    private final byte[] tail;
    private final long fillerBytes;
    private long position;

    public GeneratedInput(final String head, final String filler, final long fillerBytes, final String tail) {
        this.head = head.getBytes(StandardCharsets.UTF_8);
        this.filler = filler.getBytes(StandardCharsets.UTF_8);
        this.tail = tail.getBytes(StandardCharsets.UTF_8);
        this.fillerBytes = fillerBytes - fillerBytes % this.filler.length;
    }

    /** The bytes this input gives in all. */
    public long length() {
        return head.length + fillerBytes + tail.length;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(final byte[] buffer, final int offset, final int length) {
        if (position >= length()) {
            return -1;
        }
        long inFiller = position - head.length;
        if (inFiller >= 0 && inFiller < fillerBytes) {
            return copyFiller(buffer, offset, (int) Math.min(length, fillerBytes - inFiller), inFiller);
        }
        int n = 0;
        while (n < length && position < length() && (n == 0 || !inFiller(position))) {
            buffer[offset + n++] = at(position++);
        }
        return n;
    }

    private boolean inFiller(final long index) {
        return index >= head.length && index - head.length < fillerBytes;
    }

    /** The filler in bulk: whole runs of the pattern, so a 500 MB input costs little more than its copying. */
    private int copyFiller(final byte[] buffer, final int offset, final int length, final long inFiller) {
        int n = 0;
        int phase = (int) (inFiller % filler.length);
        while (n < length) {
            int run = Math.min(filler.length - phase, length - n);
            System.arraycopy(filler, phase, buffer, offset + n, run);
            n += run;
            phase = 0;
        }
        position += n;
        return n;
    }

    private byte at(final long index) {
        if (index < head.length) {
            return head[(int) index];
        }
        long inFiller = index - head.length;
        if (inFiller < fillerBytes) {
            return filler[(int) (inFiller % filler.length)];
        }
        return tail[(int) (inFiller - fillerBytes)];
    }
}
