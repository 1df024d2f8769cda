package io.jenkins.plugins.perftracker.core.farm;

/** Why a lock ended. */
public enum EndReason {
    /** Someone unlocked it (the UI, a released {@link HostLease}, PerfTracker's DELETE). */
    UNLOCKED,
    /** Its time was up: the end it was given, or its expiring type's planned duration. */
    EXPIRED
}
