package io.jenkins.plugins.perftracker.core.report;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line (RFC 4180 quoting within the line). */
final class CsvLine {
    private CsvLine() {
    }

    static String[] split(final String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean doubledQuote = quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"';
            if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            }
            else if (c == '"' && !doubledQuote) {
                quoted = !quoted;
            }
            else {
                cell.append(c);
                i += doubledQuote ? 1 : 0;
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }
}
