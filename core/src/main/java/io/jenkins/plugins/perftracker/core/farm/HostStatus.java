package io.jenkins.plugins.perftracker.core.farm;

/** What a host is doing right now. */
public enum HostStatus {
    /** No active lock. */
    FREE,
    /** Held by an active lock. */
    LOCKED,
    /** Held by an active lock whose type takes the host out of service (maintenance). */
    OUT_OF_SERVICE
}
