package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The fields of one CSV record as offsets into the scanner's buffer: no object per field. */
final class CsvFields {
    private static final int MAX_FIELDS = 1024;

    private byte[] buf = new byte[0];
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private boolean[] quoted = new boolean[32];
    private int count;

    void clear(final byte[] buffer) {
        buf = buffer;
        count = 0;
    }

    /** Adds a field; fields beyond the 1024th are dropped, no JTL has that many columns. */
    void add(final int start, final int end, final boolean isQuoted) {
        if (count == starts.length && count <= MAX_FIELDS) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            quoted = Arrays.copyOf(quoted, count * 2);
        }
        if (count < starts.length) {
            starts[count] = start;
            ends[count] = end;
            quoted[count] = isQuoted;
            count++;
        }
    }

    int count() {
        return count;
    }

    byte[] buffer() {
        return buf;
    }

    int start(final int field) {
        return starts[field];
    }

    int end(final int field) {
        return ends[field];
    }

    boolean isEmpty(final int field) {
        return starts[field] == ends[field];
    }

    /** The field as text, with doubled quotes of a quoted field undone. */
    String text(final int field) {
        String raw = new String(buf, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
        return quoted[field] ? raw.replace("\"\"", "\"") : raw;
    }

    /** Whether the field has doubled quotes, so its bytes must be unquoted before they are used as they are. */
    boolean hasEscapedQuotes(final int field) {
        if (!quoted[field]) {
            return false;
        }
        for (int p = starts[field]; p < ends[field]; p++) {
            if (buf[p] == '"') {
                return true;
            }
        }
        return false;
    }
}
