package io.jenkins.plugins.perftracker.core.ingest.jmeter;

/** A CSV syntax problem at a line; the reader adds the file name. */
final class CsvException extends Exception {
    private static final long serialVersionUID = 1L;

    private final long line;

    CsvException(final long line, final String problem) {
        super(problem);
        this.line = line;
    }

    long getLine() {
        return line;
    }
}
