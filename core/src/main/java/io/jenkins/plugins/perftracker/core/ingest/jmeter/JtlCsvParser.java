package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/**
 * Streams a CSV JTL with a header line into an aggregate. The columns {@code timeStamp}, {@code elapsed},
 * {@code label} and {@code success} are found by name, so any column order and any extra columns work; numbers are
 * parsed straight from the bytes.
 */
final class JtlCsvParser {
    private static final String[] REQUIRED = {"timeStamp", "elapsed", "label", "success"};

    private final Path file;
    private final JtlAggregate aggregate;
    private CsvScanner csv;
    private int timeStamp;
    private int elapsed;
    private int label;
    private int success;
    private int needed;

    JtlCsvParser(final Path file, final JtlAggregate aggregate) {
        this.file = file;
        this.aggregate = aggregate;
    }

    void parse(final InputStream in, final byte delimiter) throws IOException, ResultFormatException {
        csv = new CsvScanner(in, delimiter);
        try {
            if (!csv.next()) {
                throw new ResultFormatException(file, "", "empty file: a CSV header line expected");
            }
            header();
            while (csv.next()) {
                row();
            }
        }
        catch (CsvException e) {
            throw new ResultFormatException(file, "line " + e.getLine(), e.getMessage(), e);
        }
    }

    private void header() throws ResultFormatException {
        List<String> names = columnNames();
        int[] columns = new int[REQUIRED.length];
        for (int i = 0; i < REQUIRED.length; i++) {
            columns[i] = names.indexOf(REQUIRED[i]);
            if (columns[i] < 0) {
                throw new ResultFormatException(file, "line 1", "a header with the columns timeStamp, elapsed, label "
                        + "and success expected but '" + REQUIRED[i] + "' is missing (JMeter writes the header when "
                        + "jmeter.save.saveservice.print_field_names=true)");
            }
        }
        timeStamp = columns[0];
        elapsed = columns[1];
        label = columns[2];
        success = columns[3];
        needed = Math.max(Math.max(timeStamp, elapsed), Math.max(label, success)) + 1;
    }

    private List<String> columnNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < csv.fields().count(); i++) {
            String name = csv.fields().text(i).strip();
            names.add(i == 0 && name.startsWith("\uFEFF") ? name.substring(1) : name);
        }
        return names;
    }

    private void row() throws ResultFormatException {
        if (csv.fields().count() == 1 && csv.fields().isEmpty(0)) {
            return; // a blank line
        }
        try {
            aggregateRow();
        }
        catch (ResultFormatException e) {
            if (csv.terminated()) {
                throw e;
            }
            aggregate.warn("the last line " + csv.line() + " was incomplete and is ignored (truncated file?): "
                    + e.getProblem());
        }
    }

    private void aggregateRow() throws ResultFormatException {
        if (csv.fields().count() < needed) {
            throw problem("at least " + needed + " fields expected but the line has " + csv.fields().count());
        }
        long start = wholeNumber(timeStamp, "timeStamp", " (milliseconds since the epoch; set "
                + "jmeter.save.saveservice.timestamp_format=ms)");
        long millis = wholeNumber(elapsed, "elapsed", "");
        if (millis > Integer.MAX_VALUE) {
            throw problem("column 'elapsed' expected at most " + Integer.MAX_VALUE + " ms but was " + millis);
        }
        aggregate.add(labelStats(), (int) millis, start, isTrue(success));
    }

    private LabelStats labelStats() {
        if (csv.fields().hasEscapedQuotes(label)) {
            return aggregate.labels().get(csv.fields().text(label));
        }
        return aggregate.labels().get(csv.fields().buffer(), csv.fields().start(label), csv.fields().end(label));
    }

    /** A non-negative whole number read from the field's bytes. */
    private long wholeNumber(final int field, final String column, final String hint) throws ResultFormatException {
        byte[] b = csv.fields().buffer();
        int start = csv.fields().start(field);
        int end = csv.fields().end(field);
        long value = 0;
        for (int p = start; p < end; p++) {
            int digit = b[p] - '0';
            if (digit < 0 || digit > 9 || p - start > 18) {
                value = -1;
                break;
            }
            value = value * 10 + digit;
        }
        if (value < 0 || start == end) {
            throw problem("column '" + column + "' expected a whole number" + hint + " but was '"
                    + shorten(csv.fields().text(field)) + "'");
        }
        return value;
    }

    private boolean isTrue(final int field) {
        byte[] b = csv.fields().buffer();
        int start = csv.fields().start(field);
        return csv.fields().end(field) - start == 4 && (b[start] | 0x20) == 't' && (b[start + 1] | 0x20) == 'r'
                && (b[start + 2] | 0x20) == 'u' && (b[start + 3] | 0x20) == 'e';
    }

    private ResultFormatException problem(final String text) {
        return new ResultFormatException(file, "line " + csv.line(), text);
    }

    private static String shorten(final String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
