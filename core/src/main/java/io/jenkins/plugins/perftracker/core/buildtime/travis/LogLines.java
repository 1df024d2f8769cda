package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/**
 * Splits a log into lines at {@code \n} only, as Python's binary line iteration does: Travis lines carry
 * {@code \r} and ESC sequences that the markers depend on, so {@link java.io.BufferedReader#readLine()} (which
 * also splits at {@code \r}) would break them. Bounded: over-long lines are cut, an over-long log is refused.
 */
final class LogLines {
    static final int MAX_LINE = 1 << 20;

    private final Reader reader;
    private final Path file;
    private final long maxChars;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private long total;
    private int lineNumber;

    LogLines(final Reader reader, final Path file, final long maxChars) {
        this.reader = reader;
        this.file = file;
        this.maxChars = maxChars;
    }

    /** The next line without its {@code \n}, or {@code null} at the end of the log. */
    String next() throws IOException, ResultFormatException {
        line.setLength(0);
        while (fill()) {
            char c = buffer[position++];
            if (c == '\n') {
                lineNumber++;
                return line.toString();
            }
            if (line.length() < MAX_LINE) {
                line.append(c);
            }
        }
        if (line.length() > 0) {
            lineNumber++;
            return line.toString();
        }
        return null;
    }

    int lineNumber() {
        return lineNumber;
    }

    private boolean fill() throws IOException, ResultFormatException {
        if (position < limit) {
            return true;
        }
        limit = reader.read(buffer);
        position = 0;
        if (limit > 0) {
            total += limit;
            if (total > maxChars) {
                throw new ResultFormatException(file, "line " + (lineNumber + 1),
                        "a log of at most " + maxChars + " characters expected");
            }
        }
        return limit > 0;
    }
}
