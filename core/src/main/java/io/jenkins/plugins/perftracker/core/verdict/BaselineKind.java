package io.jenkins.plugins.perftracker.core.verdict;

/** What a new build is compared with. */
public enum BaselineKind {
    /** The latest earlier build with a value. */
    PREVIOUS,
    /** The latest earlier build whose Jenkins result was SUCCESS. */
    LAST_SUCCESSFUL,
    /** One chosen build (a release, a "golden" build). */
    PINNED,
    /** The last N earlier builds with a value: build-to-build noise is part of the baseline. */
    WINDOW,
    /** The earlier builds since the last change point of the series (at most N when N &gt; 0). */
    CHANGE_POINT
}
