package io.jenkins.plugins.perftracker.core.ingest.kit;

/** A JSON value refused by {@link JsonFields}; the reader adds the file name. */
public class JsonFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    public JsonFieldException(final String path, final String problem) {
        super(path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    public String getPath() {
        return path;
    }

    public String getProblem() {
        return problem;
    }
}
