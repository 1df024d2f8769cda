package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/**
 * The lines of a text result file in bounded memory: a line longer than {@link #MAX_LINE} characters is cut there
 * and the rest skipped unread ({@link #wasCut()} says so), so one 100 MB line cannot exhaust the heap. The encoding
 * is found by the byte-order mark: UTF-8 (the mark skipped), UTF-16 BE or LE; UTF-8 without one. Bytes that are
 * not valid in the encoding become U+FFFD. Lines end at {@code \n}, {@code \r\n} or {@code \r}.
 */
public final class LineInput implements Closeable {
    /** The longest line kept whole. */
    public static final int MAX_LINE = 1 << 20;

    private final BoundedLineReader lines;
    private final int max;

    LineInput(final InputStream in, final int max) throws IOException {
        BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
        Charset charset = ByteOrderMark.skip(bytes);
        this.lines = BoundedLineReader.cutting(new InputStreamReader(bytes, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), max);
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
        try {
            return lines.next() ? new String(lines.chars(), 0, lines.length()) : null;
        }
        catch (ResultFormatException e) {
            throw new IllegalStateException("a cutting line reader refused a line", e); // never: it cuts
        }
    }

    /** Whether the line last returned was longer than the bound and has been cut. */
    public boolean wasCut() {
        return lines.wasCut();
    }

    /** The number of the line last returned, from 1. */
    public int number() {
        return lines.number();
    }

    public int max() {
        return max;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
