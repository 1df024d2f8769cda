package io.jenkins.plugins.perftracker.core.compare;

/** Which test decided a cell. */
public enum Method {
    /** Both sides had their raw samples: Mann-Whitney U decides, a Welch t-test is reported beside it. */
    MANN_WHITNEY,
    /** Only mean, deviation and n were known on a side: Welch's t-test from summaries. */
    WELCH_SUMMARY,
    /** Nothing could be tested. */
    NONE
}
