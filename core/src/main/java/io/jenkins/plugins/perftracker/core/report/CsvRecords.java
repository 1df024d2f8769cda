package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.kit.BoundedLineReader;
import io.jenkins.plugins.perftracker.core.ingest.gobench.GoNumbers;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The records of a CSV file one at a time, cells unquoted into one reused buffer (RFC 4180 quoting within a line,
 * {@code ""} is a quote); blank lines and {@code #} comments are skipped. Lines are bounded
 * ({@link BoundedLineReader}): one longer than {@link #MAX_LINE} characters is refused as soon as the limit
 * passes, so memory does not grow with the file.
 */
final class CsvRecords implements Closeable {
    /** The longest line taken: 10,000 series of 400 characters each. */
    static final int MAX_LINE = 4 << 20;

    private final BoundedLineReader lines;
    private char[] line;
    private int length;
    private char[] cells = new char[1024];
    private int[] bounds = new int[64];
    private int size;

    CsvRecords(final Reader in, final Path file) {
        lines = new BoundedLineReader(in, file, MAX_LINE);
    }

    /** Moves to the next record; false at the end of the file. */
    boolean next() throws IOException, BadInputException {
        while (nextLine()) {
            line = lines.chars();
            length = lines.length();
            if (!isBlankOrComment()) {
                split();
                return true;
            }
        }
        return false;
    }

    private boolean nextLine() throws IOException, BadInputException {
        try {
            return lines.next();
        }
        catch (ResultFormatException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private boolean isBlankOrComment() {
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace(line[i])) {
                return line[0] == '#';
            }
        }
        return true;
    }

    private void split() {
        if (cells.length < length) {
            cells = new char[Math.max(length, 2 * cells.length)];
        }
        size = 0;
        int out = 0;
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < length; i++) {
            char c = line[i];
            if (c == ',' && !quoted) {
                bound(start, out);
                start = out;
            }
            else if (c == '"' && !(quoted && i + 1 < length && line[i + 1] == '"')) {
                quoted = !quoted;
            }
            else {
                cells[out++] = c;
                i += c == '"' ? 1 : 0;
            }
        }
        bound(start, out);
    }

    private void bound(final int start, final int end) {
        if (2 * size + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * size] = start;
        bounds[2 * size + 1] = end;
        size++;
    }

    /** The physical line of the current record, from 1. */
    int line() {
        return lines.number();
    }

    /** How many cells the current record has. */
    int size() {
        return size;
    }

    String text(final int cell) {
        return new String(cells, bounds[2 * cell], bounds[2 * cell + 1] - bounds[2 * cell]);
    }

    /** The cell as a number (stripped; NaN when empty); NumberFormatException when it holds text. */
    double number(final int cell) {
        int start = bounds[2 * cell];
        int end = bounds[2 * cell + 1];
        while (start < end && Character.isWhitespace(cells[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(cells[end - 1])) {
            end--;
        }
        return start == end ? Double.NaN : GoNumbers.parseDouble(cells, start, end);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
