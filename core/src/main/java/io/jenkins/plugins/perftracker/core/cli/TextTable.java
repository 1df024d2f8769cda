package io.jenkins.plugins.perftracker.core.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with left-aligned columns padded to their widest cell, as benchstat prints. Column widths
 * are known only after the last row, so the rows are kept, each as one string (cells joined by NUL, which no
 * cleaned name or text holds): a table of 300,000 rows then costs a few tens of MB, not a string per cell.
 */
final class TextTable {
    private static final char CELL_END = '\0';
    /** Output is handed on in pieces of about this many characters. */
    private static final int CHUNK = 1 << 16;

    private final List<String> rows = new ArrayList<>();
    private int[] widths = new int[0];

    TextTable row(final List<String> cells) {
        if (cells.size() > widths.length) {
            widths = Arrays.copyOf(widths, cells.size());
        }
        StringBuilder joined = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            widths[c] = Math.max(widths[c], cell.codePointCount(0, cell.length()));
            joined.append(cell).append(CELL_END);
        }
        rows.add(joined.toString());
        return this;
    }

    String render() {
        StringBuilder text = new StringBuilder();
        for (String row : rows) {
            appendLine(text, row);
        }
        return text.toString();
    }

    /** Prints the table in pieces, so the whole text is never held at once. */
    void printTo(final PrintStream out) {
        StringBuilder text = new StringBuilder(CHUNK + 1024);
        for (String row : rows) {
            appendLine(text, row);
            if (text.length() >= CHUNK) {
                out.print(text);
                text.setLength(0);
            }
        }
        out.print(text);
    }

    private void appendLine(final StringBuilder text, final String row) {
        int lineStart = text.length();
        int start = 0;
        for (int c = 0; start < row.length(); c++) {
            int end = row.indexOf(CELL_END, start);
            text.append(row, start, end).append(" ".repeat(widths[c] - row.codePointCount(start, end) + 2));
            start = end + 1;
        }
        int end = text.length();
        while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
        text.append('\n');
    }
}
