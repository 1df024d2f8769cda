package io.jenkins.plugins.perftracker.farm;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import hudson.model.Node;
import jenkins.model.Jenkins;

import io.jenkins.plugins.perftracker.core.farm.FarmHost;
import io.jenkins.plugins.perftracker.core.farm.FarmLockManager;
import io.jenkins.plugins.perftracker.core.farm.FarmSnapshot;
import io.jenkins.plugins.perftracker.core.farm.HostFacts;
import io.jenkins.plugins.perftracker.core.farm.LockType;

/**
 * Brings the farm's inventory in line with Jenkins: hosts are the agents with a {@link FarmHostProperty} plus
 * the configured {@link ExternalHost}s; lock types and history come from {@link FarmConfiguration}. Only what
 * differs is changed (each change saves the farm); a host that is still locked is kept until it is unlocked.
 */
final class FarmInventory {
    private FarmInventory() {
    }

    static synchronized void sync(final FarmLockManager farm, final FarmConfiguration config,
            final Map<String, HostFacts> facts) {
        farm.setHistoryPolicy(config.historyPolicy());
        FarmSnapshot now = farm.snapshot();
        syncTypes(farm, config, now);
        Map<String, FarmHost> wanted = wantedHosts(config, facts);
        for (FarmHost host : wanted.values()) {
            if (!now.host(host.getName()).equals(Optional.of(host))) {
                farm.putHost(host);
            }
        }
        for (FarmHost host : now.getHosts()) {
            if (!wanted.containsKey(host.getName()) && now.activeLock(host.getName()).isEmpty()) {
                farm.removeHost(host.getName());
            }
        }
    }

    private static void syncTypes(final FarmLockManager farm, final FarmConfiguration config, final FarmSnapshot now) {
        Set<String> configured = new HashSet<>();
        for (LockTypeEntry entry : config.getLockTypes()) {
            LockType type = entry.toLockType();
            configured.add(type.getName());
            if (!now.getLockTypes().contains(type)) {
                farm.putLockType(type);
            }
        }
        now.getLockTypes().stream().map(LockType::getName).filter(n -> !configured.contains(n))
                .forEach(farm::removeLockType);
    }

    private static Map<String, FarmHost> wantedHosts(final FarmConfiguration config,
            final Map<String, HostFacts> facts) {
        Map<String, FarmHost> wanted = new LinkedHashMap<>();
        for (Node node : Jenkins.get().getNodes()) {
            FarmHostProperty property = node.getNodeProperty(FarmHostProperty.class);
            if (property != null) {
                String name = FarmService.hostName(node);
                try {
                    wanted.put(name, property.toFarmHost(name, facts.get(name)));
                }
                catch (RuntimeException e) { // e.g. an agent name with a blank: one bad host stops no other
                    FarmService.log("Agent '" + name + "' cannot be a farm host: " + e.getMessage(), null);
                }
            }
        }
        for (ExternalHost host : config.getExternalHosts()) {
            wanted.putIfAbsent(host.getName(), host.toFarmHost()); // checked when it was configured
        }
        return wanted;
    }
}
