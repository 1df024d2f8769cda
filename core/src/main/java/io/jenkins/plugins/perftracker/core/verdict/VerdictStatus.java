package io.jenkins.plugins.perftracker.core.verdict;

/** The overall verdict, and the Jenkins build result it stands for. */
public enum VerdictStatus {
    PASSED("SUCCESS"),
    NOTE("SUCCESS"),
    UNSTABLE("UNSTABLE"),
    FAILURE("FAILURE");

    private final String buildResult;

    VerdictStatus(final String buildResult) {
        this.buildResult = buildResult;
    }

    static VerdictStatus of(final Criticality criticality) {
        return valueOf(criticality.name());
    }

    /** The name of the Jenkins {@code Result} to set. */
    public String getBuildResult() {
        return buildResult;
    }

    /** Whether the step should show a warning on its stage. */
    public boolean isStageWarning() {
        return this != PASSED;
    }
}
