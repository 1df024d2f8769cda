package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.BuildRef;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an Otava-style CSV history: a header, then one row per build, oldest first. The first column is the build
 * or time; columns whose every cell is a number (or empty) are series, the others (commit, branch, …) are facts
 * of the build — a "commit" column labels the build. Series are taken as less-is-better (times), as Otava's are;
 * {@link SeriesDirections} turns chosen ones round. Numbers are parsed as the rows stream by, so memory holds the
 * numbers and the build labels, never the cells' text.
 */
public final class OtavaCsv {
    /** At most this many rows (builds): a history is read whole into memory. */
    static final int MAX_ROWS = 1_000_000;

    private OtavaCsv() {
    }

    /** Reads the file; errors name the file, line and column. */
    public static History read(final Path file, final String group) throws BadInputException {
        try (CsvRecords records = new CsvRecords(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder()), file)) {
            check(records.next() && records.size() >= 2, file, 1, "a header with a build column and series expected");
            String[] header = new String[records.size()];
            Arrays.setAll(header, records::text);
            return read(records, file, group, header);
        }
        catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static History read(final CsvRecords records, final Path file, final String group,
            final String[] header) throws IOException, BadInputException {
        int labelColumn = Math.max(0, Arrays.asList(header).indexOf("commit"));
        NumberColumn[] columns = new NumberColumn[header.length];
        for (int c = 1; c < header.length; c++) {
            columns[c] = new NumberColumn();
        }
        List<BuildRef> builds = new ArrayList<>();
        while (records.next()) {
            check(records.size() == header.length, file, records.line(),
                    header.length + " columns expected but found " + records.size());
            check(builds.size() < MAX_ROWS, file, records.line(), "at most " + MAX_ROWS + " rows expected");
            builds.add(new BuildRef(records.text(labelColumn), ""));
            for (int c = 1; c < header.length; c++) {
                columns[c].add(records, c);
            }
        }
        List<History.Column> series = new ArrayList<>();
        for (int c = 1; c < header.length; c++) {
            double[] values = columns[c].values();
            columns[c] = null;
            if (values != null) {
                series.add(new History.Column(new SeriesKey(group, header[c].strip(), "", ""), true, values));
            }
        }
        check(!series.isEmpty(), file, 1, "at least one numeric series column expected");
        return new History(builds, series);
    }

    /** One column's numbers as they stream by (NaN for empty cells), until a cell holds text. */
    private static final class NumberColumn {
        private double[] values = new double[64];
        private int size;

        void add(final CsvRecords records, final int cell) {
            if (values == null) {
                return;
            }
            try {
                double value = records.number(cell);
                if (size == values.length) {
                    values = Arrays.copyOf(values, size + (size >> 1));
                }
                values[size++] = value;
            }
            catch (NumberFormatException e) {
                values = null;
            }
        }

        /** The numbers, or null when the column holds text. */
        double[] values() {
            return values == null ? null : Arrays.copyOf(values, size);
        }
    }

    private static void check(final boolean condition, final Path file, final int line, final String expected)
            throws BadInputException {
        if (!condition) {
            throw new BadInputException(file + ", line " + line + ": " + expected);
        }
    }
}
