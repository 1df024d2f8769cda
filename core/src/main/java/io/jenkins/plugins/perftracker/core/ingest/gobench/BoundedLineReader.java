package io.jenkins.plugins.perftracker.core.ingest.gobench;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Arrays;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/**
 * Lines of a text file into one reused buffer, split as {@link java.io.BufferedReader#readLine()} splits them
 * ({@code \n}, {@code \r} or {@code \r\n}), but bounded: a line longer than the limit is refused as soon as the
 * limit is passed, so a 100 MB line costs no more memory than a short one, and no String is made per line.
 * Used by the Go text and the Otava CSV readers.
 */
public final class BoundedLineReader implements Closeable {
    private final Reader in;
    private final Path file;
    private final int maxLength;
    private final char[] buffer = new char[1 << 15];
    private int position;
    private int limit;
    private char[] line = new char[256];
    private int length;
    private int number;
    private boolean skipLineFeed;

    public BoundedLineReader(final Reader in, final Path file, final int maxLength) {
        this.in = in;
        this.file = file;
        this.maxLength = maxLength;
    }

    /** Moves to the next line; false at the end of the file. */
    public boolean next() throws IOException, ResultFormatException {
        length = 0;
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
        if (length > 0) {
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
        if (length + count > maxLength) {
            throw new ResultFormatException(file, "line " + (number + 1), "a line of at most " + maxLength
                    + " characters expected but it is longer");
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLength, Math.max(length + count, line.length * 2)));
        }
        System.arraycopy(buffer, position, line, length, count);
        length += count;
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
