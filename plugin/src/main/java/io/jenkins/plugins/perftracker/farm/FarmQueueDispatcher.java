package io.jenkins.plugins.perftracker.farm;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import hudson.Extension;
import hudson.model.Node;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.CauseOfBlockage;
import hudson.model.queue.QueueTaskDispatcher;

import io.jenkins.plugins.perftracker.core.farm.FarmLock;
import io.jenkins.plugins.perftracker.core.farm.FarmLockManager;
import io.jenkins.plugins.perftracker.core.farm.HostBlockage;

/**
 * Keeps builds off an agent whose farm host is locked, unless the build is the pipeline holding the lock
 * (its {@code node} blocks inside {@code perftrackerLock}); the queue says why:
 * "host s2 is locked by 'nightly perf' until 02:00".
 */
@Extension
public class FarmQueueDispatcher extends QueueTaskDispatcher {
    @Override
    public CauseOfBlockage canTake(final Node node, final Queue.BuildableItem item) {
        FarmService service = FarmService.get();
        if (!service.isStarted()) {
            return null;
        }
        FarmLockManager farm = service.manager();
        String host = FarmService.hostName(node);
        Optional<FarmLock> lock = farm.activeLock(host);
        if (lock.isEmpty() || isHolder(service.holder(lock.get().getId()), item)) {
            return null;
        }
        return new HostLockedBlockage(HostBlockage.describe(host, lock.get(), farm.lockType(lock.get().getType()),
                Instant.now(), ZoneId.systemDefault()));
    }

    /** The item belongs to the run that holds the lock (a pipeline's node block has that run as owner). */
    private static boolean isHolder(final String holderRunId, final Queue.BuildableItem item) {
        if (holderRunId == null) {
            return false;
        }
        Queue.Executable owner = item.task.getOwnerExecutable();
        return owner instanceof Run<?, ?> run && holderRunId.equals(run.getExternalizableId());
    }

    /** The reason shown in the queue. */
    static final class HostLockedBlockage extends CauseOfBlockage {
        private final String reason;

        HostLockedBlockage(final String reason) {
            this.reason = reason;
        }

        @Override
        public String getShortDescription() {
            return reason;
        }
    }
}
