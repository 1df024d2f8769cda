package io.jenkins.plugins.perftracker.farm;

import java.time.ZoneId;
import java.util.Optional;

import hudson.model.Computer;
import hudson.model.Node;
import hudson.slaves.OfflineCause;
import jenkins.model.Jenkins;

import io.jenkins.plugins.perftracker.core.farm.EndReason;
import io.jenkins.plugins.perftracker.core.farm.FarmListener;
import io.jenkins.plugins.perftracker.core.farm.FarmLock;
import io.jenkins.plugins.perftracker.core.farm.FarmLockManager;
import io.jenkins.plugins.perftracker.core.farm.FarmSnapshot;
import io.jenkins.plugins.perftracker.core.farm.HostBlockage;
import io.jenkins.plugins.perftracker.core.farm.HostStatus;

/**
 * Takes an agent offline while an out-of-service lock (a type marked "out of service", e.g. Maintenance) holds
 * its host, with the lock as the offline cause, and brings it back when the lock ends. An agent taken offline
 * by someone else is left alone.
 */
final class OutOfServiceAgents implements FarmListener {
    private final FarmLockManager farm;

    OutOfServiceAgents(final FarmLockManager farm) {
        this.farm = farm;
    }

    @Override
    public void locked(final FarmLock lock) {
        refresh(lock);
    }

    @Override
    public void ended(final FarmLock lock, final EndReason reason) {
        refresh(lock);
    }

    @Override
    public void updated(final FarmLock before, final FarmLock after) {
        refresh(before);
        refresh(after);
    }

    private void refresh(final FarmLock lock) {
        FarmSnapshot now = farm.snapshot();
        lock.getHosts().forEach(host -> refresh(now, host));
    }

    private static void refresh(final FarmSnapshot now, final String host) {
        Node node = Jenkins.get().getNode(host);
        Computer computer = node == null ? null : node.toComputer();
        if (computer == null) {
            return;
        }
        OfflineCause current = node.getTemporaryOfflineCause();
        Optional<FarmLock> holder = now.activeLock(host);
        if (now.status(host) == HostStatus.OUT_OF_SERVICE && holder.isPresent()) {
            String message = HostBlockage.of(now, host, ZoneId.systemDefault()).orElse(host);
            boolean ours = current instanceof FarmOfflineCause farmCause
                    && farmCause.getLockId() == holder.get().getId();
            if (!ours && (current == null || current instanceof FarmOfflineCause)) {
                computer.setTemporaryOfflineCause(new FarmOfflineCause(holder.get().getId(), message));
            }
        }
        else if (current instanceof FarmOfflineCause) {
            computer.setTemporaryOfflineCause(null);
        }
    }
}
