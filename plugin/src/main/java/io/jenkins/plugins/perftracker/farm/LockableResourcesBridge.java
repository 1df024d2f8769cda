package io.jenkins.plugins.perftracker.farm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.jenkins.plugins.lockableresources.LockableResource;
import org.jenkins.plugins.lockableresources.LockableResourcesManager;

import io.jenkins.plugins.perftracker.core.farm.EndReason;
import io.jenkins.plugins.perftracker.core.farm.ExternalHolds;
import io.jenkins.plugins.perftracker.core.farm.FarmHost;
import io.jenkins.plugins.perftracker.core.farm.FarmListener;
import io.jenkins.plugins.perftracker.core.farm.FarmLock;
import io.jenkins.plugins.perftracker.core.farm.FarmLockManager;

/**
 * The farm and Lockable Resources both ways; the only class that touches Lockable Resources (loaded only when
 * it is installed, see {@link LockableResourcesSupport}).
 * <ul>
 *   <li>Every farm host is a lockable resource of the same name with the label {@value #LABEL} plus its own
 *       labels (created when missing; resources created elsewhere keep their labels).</li>
 *   <li>A farm lock reserves the resources of its hosts as "{@value #RESERVED_BY}" and frees them when it
 *       ends, so a {@code lock} step or a reservation there waits.</li>
 *   <li>A lock or reservation made in Lockable Resources is an {@link ExternalHolds external hold}: the farm
 *       shows it, refuses UI locks and keeps pipelines waiting until it ends (the periodic sweep notices).</li>
 * </ul>
 */
final class LockableResourcesBridge implements ExternalHolds, FarmListener {
    static final String LABEL = "perftracker-farm";
    static final String RESERVED_BY = "perftracker farm";
    private static final Logger LOGGER = Logger.getLogger(LockableResourcesBridge.class.getName());

    private final FarmLockManager farm;

    private LockableResourcesBridge(final FarmLockManager farm) {
        this.farm = farm;
    }

    static void connect(final FarmLockManager farm) {
        LockableResourcesBridge bridge = new LockableResourcesBridge(farm);
        farm.setExternalHolds(bridge);
        farm.addListener(bridge);
        bridge.inventoryChanged();
    }

    @Override
    public Optional<String> heldBy(final String host) {
        LockableResource resource = find(host);
        if (resource == null) {
            return Optional.empty();
        }
        if (resource.isReserved() && !RESERVED_BY.equals(resource.getReservedBy())) {
            return Optional.of("reserved in Lockable Resources by " + resource.getReservedBy());
        }
        if (resource.isLocked()) {
            return Optional.of("locked in Lockable Resources by " + resource.getBuildName());
        }
        return Optional.empty();
    }

    @Override
    public void inventoryChanged() {
        LockableResourcesManager resources = LockableResourcesManager.get();
        for (FarmHost host : farm.hosts()) {
            String labels = (LABEL + " " + String.join(" ", host.getLabels())).strip();
            LockableResource existing = find(host.getName());
            if (existing == null) {
                resources.createResourceWithLabel(host.getName(), labels);
            }
            else if (existing.getLabelsAsList().contains(LABEL) && !labels.equals(String.join(" ",
                    existing.getLabelsAsList()))) {
                existing.setLabels(labels);
                resources.save();
            }
        }
    }

    @Override
    public void locked(final FarmLock lock) {
        reserve(lock.getHosts(), lock);
    }

    @Override
    public void ended(final FarmLock lock, final EndReason reason) {
        unreserve(lock.getHosts());
    }

    @Override
    public void updated(final FarmLock before, final FarmLock after) {
        List<String> freed = new ArrayList<>(before.getHosts());
        freed.removeAll(after.getHosts());
        unreserve(freed);
        if (after.isActiveAt(java.time.Instant.now())) {
            List<String> added = new ArrayList<>(after.getHosts());
            added.removeAll(before.getHosts());
            reserve(added, after);
        }
        else {
            unreserve(after.getHosts());
        }
    }

    private void reserve(final List<String> hosts, final FarmLock lock) {
        List<LockableResource> list = resources(hosts);
        if (!list.isEmpty() && !LockableResourcesManager.get().reserve(list, RESERVED_BY, lock.describe())) {
            LOGGER.warning(() -> "Lockable Resources " + hosts + " could not be reserved for farm " + lock.describe()
                    + ": one is held there");
        }
    }

    private void unreserve(final List<String> hosts) {
        List<LockableResource> ours = new ArrayList<>();
        for (LockableResource resource : resources(hosts)) {
            if (resource.isReserved() && RESERVED_BY.equals(resource.getReservedBy())) {
                ours.add(resource);
            }
        }
        LockableResourcesManager.get().unreserve(ours);
    }

    private static List<LockableResource> resources(final List<String> hosts) {
        List<LockableResource> found = new ArrayList<>();
        for (String host : hosts) {
            LockableResource resource = find(host);
            if (resource != null) {
                found.add(resource);
            }
        }
        return found;
    }

    private static LockableResource find(final String name) {
        synchronized (LockableResourcesManager.syncResources) {
            for (LockableResource resource : LockableResourcesManager.get().getResources()) {
                if (name.equals(resource.getName())) {
                    return resource;
                }
            }
        }
        return null;
    }
}
