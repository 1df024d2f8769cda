package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.BuildRef;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an Otava-style CSV history: a header, then one row per build, oldest first. The first column is the build
 * or time; columns whose every cell is a number (or empty) are series, the others (commit, branch, …) are facts
 * of the build — a "commit" column labels the build. Series are taken as less-is-better (times), as Otava's are.
 */
public final class OtavaCsv {
    /** At most this many rows (builds): a history is read whole into memory. */
    static final int MAX_ROWS = 1_000_000;

    private OtavaCsv() {
    }

    /** Reads the file; errors name the file, line and column. */
    public static History read(final Path file, final String group) throws BadInputException {
        List<String[]> rows = new ArrayList<>();
        String[] header;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header = nextRecord(reader, file);
            for (String[] row = nextRecord(reader, file); row != null; row = nextRecord(reader, file)) {
                check(row.length == header.length, file, rows.size() + 2,
                        header.length + " columns expected but found " + row.length);
                check(rows.size() < MAX_ROWS, file, rows.size() + 2, "at most " + MAX_ROWS + " rows expected");
                rows.add(row);
            }
        }
        catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
        check(header != null && header.length >= 2, file, 1, "a header with a build column and series expected");
        return history(file, group, header, rows);
    }

    private static History history(final Path file, final String group, final String[] header,
            final List<String[]> rows) throws BadInputException {
        int commit = Arrays.asList(header).indexOf("commit");
        List<BuildRef> builds = rows.stream().map(r -> new BuildRef(commit > 0 ? r[commit] : r[0], "")).toList();
        List<History.Column> series = new ArrayList<>();
        for (int c = 1; c < header.length; c++) {
            double[] values = numbers(rows, c);
            if (values != null) {
                series.add(new History.Column(new SeriesKey(group, header[c].strip(), "", ""), true, values));
            }
        }
        check(!series.isEmpty(), file, 1, "at least one numeric series column expected");
        return new History(builds, series);
    }

    /** The column's numbers (NaN for empty cells), or null when it holds text. */
    private static double[] numbers(final List<String[]> rows, final int column) {
        double[] values = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String cell = rows.get(r)[column].strip();
            try {
                values[r] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
            }
            catch (NumberFormatException e) {
                return null;
            }
        }
        return values;
    }

    /** The next non-blank, non-comment line split at commas; quotes may hold commas ("" is a quote). */
    private static String[] nextRecord(final BufferedReader reader, final Path file) throws IOException {
        String line = reader.readLine();
        while (line != null && (line.isBlank() || line.startsWith("#"))) {
            line = reader.readLine();
        }
        return line == null ? null : CsvLine.split(line);
    }

    private static void check(final boolean condition, final Path file, final int line, final String expected)
            throws BadInputException {
        if (!condition) {
            throw new BadInputException(file + ", line " + line + ": " + expected);
        }
    }
}
