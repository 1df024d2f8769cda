package io.jenkins.plugins.perftracker.core.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with left-aligned columns padded to their widest cell, as benchstat prints. */
final class TextTable {
    private final List<List<String>> rows = new ArrayList<>();

    TextTable row(final List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    String render() {
        List<Integer> widths = widths();
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                line.append(cell).append(" ".repeat(widths.get(c) - cell.codePointCount(0, cell.length()) + 2));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private List<Integer> widths() {
        List<Integer> widths = new ArrayList<>();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (widths.size() <= c) {
                    widths.add(0);
                }
                widths.set(c, Math.max(widths.get(c), row.get(c).codePointCount(0, row.get(c).length())));
            }
        }
        return widths;
    }
}
