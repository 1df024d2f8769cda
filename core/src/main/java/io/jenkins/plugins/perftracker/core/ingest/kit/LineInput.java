package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a text result file in bounded memory: a line longer than {@link #MAX_LINE} characters is cut there
 * and the rest skipped unread ({@link #wasCut()} says so), so one 100 MB line cannot exhaust the heap. The encoding
 * is found by the byte-order mark: UTF-8 (the mark skipped), UTF-16 BE or LE; UTF-8 without one. Bytes that are
 * not valid in the encoding become U+FFFD. Lines end at {@code \n}, {@code \r\n} or {@code \r}.
 */
public final class LineInput implements Closeable {
    /** The longest line kept whole. */
    public static final int MAX_LINE = 1 << 20;

    private final Reader reader;
    private final int max;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int number;
    private boolean cut;
    private boolean pendingLf;

    LineInput(final InputStream in, final int max) throws IOException {
        BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
        Charset charset = ByteOrderMark.skip(bytes);
        this.reader = new InputStreamReader(bytes, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        this.max = max;
    }

    public static LineInput open(final Path file) throws IOException {
        return new LineInput(Files.newInputStream(file), MAX_LINE);
    }

    /** Lines of a stream (tests feed generated input this way); closing the lines closes the stream. */
    public static LineInput of(final InputStream in) throws IOException {
        return new LineInput(in, MAX_LINE);
    }

    /** The next line without its end, cut at the bound; {@code null} at the end of the input. */
    public String next() throws IOException {
        StringBuilder line = new StringBuilder();
        cut = false;
        while (true) {
            if (position == limit && !fill()) {
                if (line.length() == 0 && !cut) {
                    return null;
                }
                break;
            }
            char c = buffer[position++];
            if (pendingLf) {
                pendingLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (c == '\n' || c == '\r') {
                pendingLf = c == '\r';
                break;
            }
            if (line.length() < max) {
                line.append(c);
            }
            else {
                cut = true;
            }
        }
        number++;
        return line.toString();
    }

    private boolean fill() throws IOException {
        limit = reader.read(buffer);
        position = 0;
        if (limit <= 0) {
            limit = 0;
            return false;
        }
        return true;
    }

    /** Whether the line last returned was longer than the bound and has been cut. */
    public boolean wasCut() {
        return cut;
    }

    /** The number of the line last returned, from 1. */
    public int number() {
        return number;
    }

    public int max() {
        return max;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
