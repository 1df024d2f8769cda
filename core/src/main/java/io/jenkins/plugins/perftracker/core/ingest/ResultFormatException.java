package io.jenkins.plugins.perftracker.core.ingest;

import java.nio.file.Path;

/**
 * A result file whose content is not what its format expects. The message names the file, the location
 * (line and column, or a JSON path) and what was expected, so a user can fix the file without a debugger.
 * Location and problem are cut to {@link #MAX_PROBLEM} characters and their control characters escaped, as both
 * may quote the file, which is untrusted.
 */
public class ResultFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    /** The longest problem text kept. */
    public static final int MAX_PROBLEM = 500;

    private final String file;
    private final String location;
    private final String problem;

    public ResultFormatException(final Path file, final String location, final String problem) {
        this(file, location, problem, null);
    }

    public ResultFormatException(final Path file, final String location, final String problem,
            final Throwable cause) {
        this(String.valueOf(file), Excerpt.of(location, MAX_PROBLEM), Excerpt.of(problem, MAX_PROBLEM), cause);
    }

    private ResultFormatException(final String file, final String location, final String problem,
            final Throwable cause) {
        super(file + (location.isEmpty() ? "" : ", " + location) + ": " + problem, cause);
        this.file = file;
        this.location = location;
        this.problem = problem;
    }

    /** The file's path as given to the reader. */
    public String getFile() {
        return file;
    }

    /** For example {@code line 12, column 5} or {@code $.tests[3].scores}; empty when the whole file is bad. */
    public String getLocation() {
        return location;
    }

    /** What was wrong and what was expected, without file and location. */
    public String getProblem() {
        return problem;
    }
}
