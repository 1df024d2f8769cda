package io.jenkins.plugins.perftracker.core.buildtime.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/** Splits one CSV line with {@code "} quotes (doubled inside a field), as Python's csv module does. */
final class CsvRow {
    private CsvRow() {
    }

    /** The fields of a line that must hold at least two: event name and timestamp. */
    static String[] split(final String line, final Path file, final int lineNumber) throws ResultFormatException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append(c);
                i++;
            }
            else if (c == '"' || c == ',' && !quoted) {
                quoted = endField(c, quoted, field, fields);
            }
            else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return checked(fields, quoted, line, file, lineNumber);
    }

    private static String[] checked(final List<String> fields, final boolean quoted, final String line,
            final Path file, final int lineNumber) throws ResultFormatException {
        if (fields.size() < 2 || quoted) {
            throw new ResultFormatException(file, "line " + lineNumber,
                    "\"event\",timestamp expected but was '" + line + "'");
        }
        return fields.toArray(new String[0]);
    }

    /** A quote toggles quoting; an unquoted comma ends the field. Returns the new quoting state. */
    private static boolean endField(final char c, final boolean quoted, final StringBuilder field,
            final List<String> fields) {
        if (c == '"') {
            return !quoted;
        }
        fields.add(field.toString());
        field.setLength(0);
        return false;
    }
}
