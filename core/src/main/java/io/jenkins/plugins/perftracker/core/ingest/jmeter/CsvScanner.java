package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a CSV byte stream into records and fields (RFC 4180: quoted fields may hold delimiters, line breaks and
 * doubled quotes) without creating objects per field: a record's fields are offsets into the scanner's buffer,
 * valid until the next call to {@link #next()}. Written by hand because a general CSV library allocates per field
 * and a JTL can have tens of millions of rows.
 */
final class CsvScanner {
    /** A record longer than this is refused: no JTL row is that long, so the file is not CSV. */
    static final int MAX_RECORD = 1 << 20;
    private static final int INCOMPLETE = -1;

    private final InputStream in;
    private final byte delimiter;
    private byte[] buf = new byte[1 << 17];
    private int pos;
    private int limit;
    private boolean eof;
    private final CsvFields fields = new CsvFields();
    private long line;
    private long nextLine = 1;
    private int lineBreaks;
    private boolean terminated;

    CsvScanner(final InputStream in, final byte delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** Moves to the next record; false at the end of the input. */
    boolean next() throws IOException, CsvException {
        while (true) {
            int end = scan();
            if (end >= 0) {
                pos = end;
                line = nextLine;
                nextLine += lineBreaks;
                return true;
            }
            if (eof && pos >= limit) {
                return false;
            }
            refill();
        }
    }

    /** Scans one record from {@code pos}; returns the offset after it, or INCOMPLETE when more input is needed. */
    private int scan() throws CsvException {
        fields.clear(buf);
        lineBreaks = 0;
        int p = pos;
        if (p >= limit) {
            return INCOMPLETE;
        }
        while (true) {
            p = buf[p] == '"' ? quotedField(p) : plainField(p);
            if (p < 0) {
                return INCOMPLETE;
            }
            if (p >= limit) {
                terminated = false;
                return p;
            }
            byte b = buf[p];
            if (b == delimiter) {
                p++;
                if (p >= limit && !eof) {
                    return INCOMPLETE;
                }
                if (p >= limit) {
                    addField(p, p, false);
                    terminated = false;
                    return p;
                }
                continue;
            }
            return lineEnd(p, b);
        }
    }

    private int plainField(final int from) {
        int p = from;
        byte[] b = buf;
        int lim = limit;
        byte d = delimiter;
        while (p < lim) {
            byte c = b[p];
            if (c == d || c == '\n' || c == '\r') {
                break;
            }
            p++;
        }
        if (p >= lim && !eof) {
            return INCOMPLETE;
        }
        addField(from, p, false);
        return p;
    }

    private int quotedField(final int from) throws CsvException {
        int p = from + 1;
        int breaks = 0;
        while (true) {
            if (p >= limit) {
                if (eof) {
                    throw new CsvException(nextLine, "a closing quote expected but the file ended (truncated?)");
                }
                return INCOMPLETE;
            }
            byte c = buf[p];
            if (c == '"') {
                if (p + 1 >= limit && !eof) {
                    return INCOMPLETE;
                }
                if (p + 1 < limit && buf[p + 1] == '"') {
                    p += 2;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                breaks++;
            }
            p++;
        }
        lineBreaks += breaks;
        addField(from + 1, p, true);
        p++;
        if (p >= limit && !eof) {
            return INCOMPLETE;
        }
        if (p < limit && buf[p] != delimiter && buf[p] != '\n' && buf[p] != '\r') {
            throw new CsvException(nextLine + lineBreaks, "a delimiter or line end expected after the closing quote "
                    + "of field " + fields.count() + " but found '" + (char) buf[p] + "'");
        }
        return p;
    }

    private int lineEnd(final int at, final byte b) {
        int p = at + 1;
        if (b == '\r') {
            if (p >= limit && !eof) {
                return INCOMPLETE;
            }
            if (p < limit && buf[p] == '\n') {
                p++;
            }
        }
        lineBreaks++;
        terminated = true;
        return p;
    }

    private void addField(final int start, final int end, final boolean isQuoted) {
        fields.add(start, end, isQuoted);
    }

    private void refill() throws IOException, CsvException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_RECORD) {
                throw new CsvException(nextLine, "a record of at most " + MAX_RECORD + " bytes expected (not a CSV "
                        + "file, or an unclosed quote)");
            }
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        int read = in.read(buf, limit, buf.length - limit);
        if (read < 0) {
            eof = true;
        }
        else {
            limit += read;
        }
    }

    /** The line on which the current record starts (1-based). */
    long line() {
        return line;
    }

    /** Whether the current record ended with a line break (the last one of a truncated file does not). */
    boolean terminated() {
        return terminated;
    }

    /** The current record's fields, valid until the next call to {@link #next()}. */
    CsvFields fields() {
        return fields;
    }
}
