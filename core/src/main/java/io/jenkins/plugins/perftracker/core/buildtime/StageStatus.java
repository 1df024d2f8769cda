package io.jenkins.plugins.perftracker.core.buildtime;

/** The status of one stage, as Pipeline reports it; Travis substages are {@link #SUCCESS} or {@link #UNKNOWN}. */
public enum StageStatus {
    SUCCESS, UNSTABLE, FAILED, ABORTED, NOT_EXECUTED, UNKNOWN
}
