package io.jenkins.plugins.perftracker.core.verdict;

/** How much a triggered quality gate matters, in rising order. */
public enum Criticality {
    /** Reported in the summary and as a stage warning; the build stays successful. */
    NOTE,
    /** The build becomes UNSTABLE. */
    UNSTABLE,
    /** The build FAILS. */
    FAILURE
}
