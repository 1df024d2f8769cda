package io.jenkins.plugins.perftracker.farm;

import hudson.slaves.OfflineCause;

/** Why an agent is offline while an out-of-service farm lock holds its host; stored with the agent. */
public class FarmOfflineCause extends OfflineCause {
    private final long lockId;
    private final String message;

    FarmOfflineCause(final long lockId, final String message) {
        this.lockId = lockId;
        this.message = message;
    }

    public long getLockId() {
        return lockId;
    }

    @Override
    public String toString() {
        return message;
    }
}
