package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Arrays;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/**
 * Lines of a text file into one reused buffer, split as {@link java.io.BufferedReader#readLine()} splits them
 * ({@code \n}, {@code \r} or {@code \r\n}), but bounded: a line longer than the limit is refused as soon as the
 * limit is passed (or, for readers that can skip such a line, cut there with the rest skipped unread), so a
 * 100 MB line costs no more memory than a short one, and no String is made per line. The one line splitter of
 * the text readers: Go text and the Otava CSV read it directly, the others through {@link LineInput}.
 */
public final class BoundedLineReader implements Closeable {
    private final Reader in;
    private final Path file;
    private final int maxLength;
    private final boolean cutLongLines;
    private final char[] buffer = new char[1 << 15];
    private int position;
    private int limit;
    private char[] line = new char[256];
    private int length;
    private int number;
    private boolean skipLineFeed;
    private boolean cut;

    /** Lines that refuse to be longer than {@code maxLength}, naming the file and line. */
    public BoundedLineReader(final Reader in, final Path file, final int maxLength) {
        this(in, file, maxLength, false);
    }

    private BoundedLineReader(final Reader in, final Path file, final int maxLength, final boolean cutLongLines) {
        this.in = in;
        this.file = file;
        this.maxLength = maxLength;
        this.cutLongLines = cutLongLines;
    }

    /** Lines cut at {@code maxLength}, the rest of a longer line skipped unread ({@link #wasCut()} says so). */
    static BoundedLineReader cutting(final Reader in, final int maxLength) {
        return new BoundedLineReader(in, null, maxLength, true);
    }

    /** Moves to the next line; false at the end of the file. */
    public boolean next() throws IOException, ResultFormatException {
        length = 0;
        cut = false;
        while (position < limit || fill()) {
            if (skipLineFeed && buffer[position] == '\n') {
                position++;
                skipLineFeed = false;
                continue;
            }
            skipLineFeed = false;
            int end = position;
            while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            append(end - position);
            if (end < limit) {
                skipLineFeed = buffer[end] == '\r';
                position = end + 1;
                number++;
                return true;
            }
            position = end;
        }
        if (length > 0 || cut) {
            number++;
            return true;
        }
        return false;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    private void append(final int count) throws ResultFormatException {
        if (length + count > maxLength && cutLongLines) {
            cut = true;
            copy(maxLength - length);
            return;
        }
        if (length + count > maxLength) {
            throw new ResultFormatException(file, "line " + (number + 1), "a line of at most " + maxLength
                    + " characters expected but it is longer");
        }
        copy(count);
    }

    private void copy(final int count) {
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLength, Math.max(length + count, line.length * 2)));
        }
        System.arraycopy(buffer, position, line, length, count);
        length += count;
    }

    /** Whether the current line was longer than the bound and has been cut (cutting readers only). */
    public boolean wasCut() {
        return cut;
    }

    /** The current line's characters, valid up to {@link #length()} until the next call of {@link #next()}. */
    public char[] chars() {
        return line;
    }

    public int length() {
        return length;
    }

    /** The current line's number, from 1. */
    public int number() {
        return number;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
