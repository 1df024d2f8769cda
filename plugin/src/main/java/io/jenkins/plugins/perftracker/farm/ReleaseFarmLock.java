package io.jenkins.plugins.perftracker.farm;

import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.StepContext;

import io.jenkins.plugins.perftracker.core.farm.FarmException;

/** Ends the farm lock when the {@code perftrackerLock} block ends, whether it succeeded, failed or was aborted. */
final class ReleaseFarmLock extends BodyExecutionCallback.TailCall {
    private static final long serialVersionUID = 1L;
    private final long lockId;

    ReleaseFarmLock(final long lockId) {
        this.lockId = lockId;
    }

    @Override
    protected void finished(final StepContext context) throws Exception {
        release(lockId);
        context.get(TaskListener.class).getLogger().println("perftrackerLock: released farm lock #" + lockId);
    }

    /** Unlocking an ended lock changes nothing, so a second release (stop and callback) is harmless. */
    static void release(final long lockId) {
        try {
            FarmService.get().manager().unlock(lockId);
        }
        catch (FarmException e) { // pruned from history long ago
            FarmService.log("Farm lock #" + lockId + " cannot be released", e);
        }
        FarmService.get().forgetHolder(lockId);
    }
}
