package io.jenkins.plugins.perftracker.core.store;

/**
 * A run record's XML holds a value the model refuses or cannot parse. Carries the element path from the root,
 * built up while the exception travels outwards through the converters.
 */
public final class RecordFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    RecordFormatException(final String path, final String problem, final Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = path;
        this.problem = problem;
    }

    /** The failure {@code e} seen from one element further out: its path gains {@code element} in front. */
    static RecordFormatException within(final String element, final RuntimeException e) {
        if (e instanceof RecordFormatException) {
            RecordFormatException inner = (RecordFormatException) e;
            return new RecordFormatException(element + "/" + inner.path, inner.problem, inner.getCause());
        }
        return new RecordFormatException(element, String.valueOf(e.getMessage()), e);
    }

    /** The element path from the root, such as {@code perftracker-run/tests/test[3]/scores}. */
    public String getPath() {
        return path;
    }

    /** What was wrong, without the path. */
    public String getProblem() {
        return problem;
    }
}
