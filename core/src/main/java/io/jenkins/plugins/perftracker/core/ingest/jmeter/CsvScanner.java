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
        while (p < limit) {
            p = buf[p] == '"' ? quotedField(p) : plainField(p);
            if (p < 0 || p >= limit) {
                terminated = false;
                return p;
            }
            if (buf[p] != delimiter) {
                return lineEnd(p, buf[p]);
            }
            p = afterDelimiter(p + 1);
            if (p < 0) {
                return p;
            }
        }
        return p == pos ? INCOMPLETE : p;
    }

    /** At the end of the input, a delimiter is followed by one more, empty field. */
    private int afterDelimiter(final int p) {
        if (p < limit) {
            return p;
        }
        if (!eof) {
            return INCOMPLETE;
        }
        fields.add(p, p, false);
        terminated = false;
        return p;
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
        fields.add(from, p, false);
        return p;
    }

    private int quotedField(final int from) throws CsvException {
        int close = closingQuote(from + 1);
        if (close < 0) {
            return INCOMPLETE;
        }
        fields.add(from + 1, close, true);
        int p = close + 1;
        if (p >= limit && !eof) {
            return INCOMPLETE;
        }
        if (p < limit && buf[p] != delimiter && buf[p] != '\n' && buf[p] != '\r') {
            throw new CsvException(nextLine + lineBreaks, "a delimiter or line end expected after the closing quote "
                    + "of field " + fields.count() + " but found '" + (char) buf[p] + "'");
        }
        return p;
    }

    /** The offset of the quote that closes a field (doubled quotes are content), counting line breaks on the way. */
    private int closingQuote(final int from) throws CsvException {
        int breaks = 0;
        for (int p = from; p < limit; p++) {
            if (buf[p] == '\n') {
                breaks++;
            }
            else if (buf[p] == '"' && p + 1 < limit && buf[p + 1] == '"') {
                p++; // a doubled quote is content
            }
            else if (buf[p] == '"') {
                lineBreaks += p + 1 < limit || eof ? breaks : 0;
                return p + 1 < limit || eof ? p : INCOMPLETE;
            }
        }
        if (eof) {
            throw new CsvException(nextLine, "a closing quote expected but the file ended (truncated?)");
        }
        return INCOMPLETE;
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

    private void refill() throws IOException, CsvException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            grow();
        }
        int read = in.read(buf, limit, buf.length - limit);
        if (read < 0) {
            eof = true;
        }
        else {
            limit += read;
        }
    }

    /** A record fills the whole buffer: double it, up to the record limit. */
    private void grow() throws CsvException {
        if (buf.length >= MAX_RECORD) {
            throw new CsvException(nextLine, "a record of at most " + MAX_RECORD + " bytes expected (not a CSV "
                    + "file, or an unclosed quote)");
        }
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
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
