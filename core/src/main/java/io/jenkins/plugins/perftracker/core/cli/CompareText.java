package io.jenkins.plugins.perftracker.core.cli;

import io.jenkins.plugins.perftracker.core.compare.Comparison;
import io.jenkins.plugins.perftracker.core.compare.GroupComparison;
import io.jenkins.plugins.perftracker.core.compare.Section;
import io.jenkins.plugins.perftracker.core.view.ComparisonView;
import io.jenkins.plugins.perftracker.core.view.ComparisonViews;
import io.jenkins.plugins.perftracker.core.stats.FixedPoint;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terminal form of a comparison, benchstat-style: per group a table of every run against the base (#1) with
 * the centres (median of raw samples, else mean) and the change between them, a geomean row per unit, the
 * footnotes of the rules that judged the rows, then an overall line per run whose counts add up.
 */
final class CompareText {
    private static final String MARKS = "¹²³⁴⁵⁶⁷⁸⁹";

    private CompareText() {
    }

    /**
     * Prints the comparison of runs with these headers (and source files, in the same order) row by row: each row
     * becomes view cells and then table text, so neither the whole view nor the whole text is held at once.
     */
    static void print(final Comparison comparison, final List<ComparisonView.RunHeader> runs,
            final List<String> sources, final PrintStream out) {
        for (ComparisonView.RunHeader run : runs) {
            out.print(run.label() + "  (" + sources.get(run.number() - 1) + ")\n");
        }
        for (GroupComparison group : comparison.groups()) {
            Map<String, Integer> notes = new LinkedHashMap<>();
            TextTable table = new TextTable().row(header(group.name(), runs.size()));
            for (Section section : group.sections()) {
                section.rows().forEach(row -> table.row(row(ComparisonViews.row(row), runs.size(), notes)));
            }
            geomeans(ComparisonViews.summaries(group.summaries()), runs.size()).forEach(table::row);
            out.print('\n');
            table.printTo(out);
            StringBuilder marks = new StringBuilder();
            notes.forEach((note, index) -> marks.append(mark(index)).append(' ').append(note).append('\n'));
            out.print(marks);
        }
        out.print('\n');
        out.print(footer(ComparisonViews.summaries(comparison.summaries())));
    }

    private static List<String> header(final String group, final int runs) {
        List<String> cells = new ArrayList<>(List.of(group.isEmpty() ? "(no group)" : group, "unit"));
        for (int run = 1; run <= runs; run++) {
            cells.add("#" + run);
        }
        for (int run = 2; run <= runs; run++) {
            cells.add("#" + run + " vs #1");
        }
        return cells;
    }

    private static List<String> row(final ComparisonView.Row row, final int runs, final Map<String, Integer> notes) {
        List<String> cells = new ArrayList<>(List.of(row.series(), row.unit()));
        for (ComparisonView.Value value : row.values()) {
            cells.add(value.present() ? value.centreText() + " ± " + value.plusMinus() + "%"
                    + (value.failed() ? " FAILED" : "") : "-");
        }
        for (ComparisonView.Cell cell : row.cells()) {
            if (cell.against() == 1) {
                String note = cell.basis().isEmpty() ? ""
                        : mark(notes.computeIfAbsent(cell.basis(), k -> notes.size()));
                cells.add(cellText(cell, row.values()) + note);
            }
        }
        return cells;
    }

    /**
     * "-15.20% worse (p=0.008 n=5+5)"; "~ +0.30% (p=0.690 n=5+5)" for no significant change, with the reason
     * when the p alone looks significant; "? reason" when nothing can be judged. The change is always printed.
     */
    static String cellText(final ComparisonView.Cell cell, final List<ComparisonView.Value> values) {
        String n = "n=" + values.get(cell.against() - 1).samples() + "+" + values.get(cell.run() - 1).samples();
        String p = cell.pValue() == null ? "" : "p=" + FixedPoint.of(cell.pValue(), 3) + " ";
        String why = cell.whyUnchanged().isEmpty() ? "" : ", " + cell.whyUnchanged();
        return switch (cell.outcome()) {
            case "regressed" -> cell.changeText() + " worse (" + p + n + ")";
            case "improved" -> cell.changeText() + " better (" + p + n + ")";
            case "unchanged" -> "~ " + cell.changeText() + " (" + p + n + why + ")";
            default -> "? " + ("-".equals(cell.changeText()) ? "" : cell.changeText() + " ") + "(" + n
                    + (cell.note() == null || cell.note().isEmpty() ? "" : ", " + cell.note()) + ")";
        };
    }

    private static List<List<String>> geomeans(final List<ComparisonView.Summary> summaries, final int runs) {
        List<ComparisonView.Summary> againstBase = summaries.stream().filter(s -> s.against() == 1).toList();
        List<List<String>> rows = new ArrayList<>();
        if (againstBase.isEmpty()) {
            return rows;
        }
        for (int g = 0; g < againstBase.get(0).geomeans().size(); g++) {
            ComparisonView.Geomean first = againstBase.get(0).geomeans().get(g);
            List<String> cells = new ArrayList<>(List.of("geomean", first.label()));
            for (int run = 1; run <= runs; run++) {
                cells.add("");
            }
            for (ComparisonView.Summary s : againstBase) {
                cells.add(s.geomeans().stream().filter(x -> x.unit().equals(first.unit())
                        && x.lessIsBetter() == first.lessIsBetter()).map(ComparisonView.Geomean::text)
                        .findFirst().orElse("-"));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String footer(final List<ComparisonView.Summary> summaries) {
        StringBuilder text = new StringBuilder();
        summaries.stream().filter(s -> s.against() == 1).forEach(s -> text.append(String.format(Locale.ROOT,
                "#%d vs #1: %d series: %d worse, %d better, %d unchanged, %d inconclusive; overall %s "
                        + "(geomean of %d changes, each oriented by its series' direction)%n",
                s.run(), s.series(), s.regressed(), s.improved(), s.unchanged(), s.inconclusive(), s.overallText(),
                s.withRatio())));
        return text.toString();
    }

    private static String mark(final int index) {
        return index < MARKS.length() ? String.valueOf(MARKS.charAt(index)) : "[" + (index + 1) + "]";
    }
}
