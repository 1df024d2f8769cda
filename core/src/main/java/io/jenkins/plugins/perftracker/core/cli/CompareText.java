package io.jenkins.plugins.perftracker.core.cli;

import io.jenkins.plugins.perftracker.core.report.RunLoader;
import io.jenkins.plugins.perftracker.core.view.ComparisonView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The terminal form of a comparison: per group a table of every run against the base (#1), then geomeans. */
final class CompareText {
    private CompareText() {
    }

    static String render(final ComparisonView view, final List<RunLoader.LoadedRun> sources) {
        StringBuilder text = new StringBuilder();
        for (ComparisonView.RunHeader run : view.runs()) {
            text.append(run.label()).append("  (").append(sources.get(run.number() - 1).source()).append(")\n");
        }
        int runs = view.runs().size();
        for (ComparisonView.Group group : view.groups()) {
            TextTable table = new TextTable().row(header(group.name(), runs));
            group.sections().stream().flatMap(s -> s.rows().stream()).forEach(row -> table.row(row(row, runs)));
            table.row(geomean(group.summaries(), runs));
            text.append('\n').append(table.render());
        }
        text.append('\n').append(footer(view.summaries()));
        return text.toString();
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

    private static List<String> row(final ComparisonView.Row row, final int runs) {
        List<String> cells = new ArrayList<>(List.of(row.series(), row.unit()));
        for (ComparisonView.Value value : row.values()) {
            cells.add(value.present() ? value.scoreText() + " ± " + value.plusMinus() + "%"
                    + (value.failed() ? " FAILED" : "") : "-");
        }
        for (ComparisonView.Cell cell : row.cells()) {
            if (cell.against() == 1) {
                cells.add(cellText(cell, row.values()));
            }
        }
        return cells;
    }

    /** "-15.2% worse (p=0.008 n=5+5)", "~ (p=0.690 n=5+5)" for no significant change, "? reason" when untested. */
    private static String cellText(final ComparisonView.Cell cell, final List<ComparisonView.Value> values) {
        String n = " n=" + values.get(cell.against() - 1).samples() + "+" + values.get(cell.run() - 1).samples();
        String p = cell.pAdjusted() == null ? "" : String.format(Locale.ROOT, "p=%.3f", cell.pAdjusted());
        return switch (cell.outcome()) {
            case "regressed" -> cell.changeText() + " worse (" + p + n + ")";
            case "improved" -> cell.changeText() + " better (" + p + n + ")";
            case "unchanged" -> "~ (" + p + n + ")";
            default -> "? " + (cell.note() == null ? "" : cell.note());
        };
    }

    private static List<String> geomean(final List<ComparisonView.Summary> summaries, final int runs) {
        List<String> cells = new ArrayList<>(List.of("geomean", ""));
        for (int run = 1; run <= runs; run++) {
            cells.add("");
        }
        summaries.stream().filter(s -> s.against() == 1).forEach(s -> cells.add(s.geomeanText()));
        return cells;
    }

    private static String footer(final List<ComparisonView.Summary> summaries) {
        StringBuilder text = new StringBuilder();
        summaries.stream().filter(s -> s.against() == 1).forEach(s -> text.append(String.format(Locale.ROOT,
                "#%d vs #1: geomean %s over %d series; %d worse, %d better, %d unchanged, %d inconclusive%n",
                s.run(), s.geomeanText(), s.rows(), s.regressed(), s.improved(), s.unchanged(), s.inconclusive())));
        return text.toString();
    }
}
