package io.jenkins.plugins.perftracker.core.buildtime;

import java.util.Locale;

/** The outcome of a build job, in Buildtime Trend's vocabulary plus {@code aborted}. */
public enum BuildResult {
    PASSED, FAILED, ERRORED, ABORTED;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The lower-case id used in filters, JSON and stored records ({@code passed}, {@code failed}, ...). */
    public String id() {
        return id;
    }

    /** Parses an id as {@link #id()} writes it; case-insensitive. */
    public static BuildResult fromId(final String id) {
        for (BuildResult result : values()) {
            if (result.id().equalsIgnoreCase(id)) {
                return result;
            }
        }
        throw new IllegalArgumentException("result: one of passed, failed, errored, aborted expected but was " + id);
    }

    /**
     * Maps a Jenkins {@code Result} name. UNSTABLE and FAILURE both fail the job (Travis' {@code failed});
     * NOT_BUILT means the job could not run, which is what Travis calls {@code errored}.
     */
    public static BuildResult fromJenkins(final String resultName) {
        switch (String.valueOf(resultName)) {
            case "SUCCESS":
                return PASSED;
            case "UNSTABLE":
            case "FAILURE":
                return FAILED;
            case "ABORTED":
                return ABORTED;
            default:
                return ERRORED;
        }
    }

    /** Maps a Travis job state; {@code canceled} becomes aborted, any unknown state errored. */
    public static BuildResult fromTravisState(final String state) {
        switch (String.valueOf(state)) {
            case "passed":
                return PASSED;
            case "failed":
                return FAILED;
            case "canceled":
                return ABORTED;
            default:
                return ERRORED;
        }
    }
}
