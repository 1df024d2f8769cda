package io.jenkins.plugins.perftracker.farm;

import jenkins.model.Jenkins;

import io.jenkins.plugins.perftracker.core.farm.FarmLockManager;

/**
 * Connects the farm to Lockable Resources when that plugin is installed (an optional dependency). This class
 * has no Lockable Resources imports; {@link LockableResourcesBridge}, which has them all, is only loaded here
 * and only when the plugin is present, so the farm works alone otherwise.
 */
final class LockableResourcesSupport {
    static final String PLUGIN = "lockable-resources";

    private LockableResourcesSupport() {
    }

    static boolean isInstalled() {
        var plugin = Jenkins.get().getPluginManager().getPlugin(PLUGIN);
        return plugin != null && plugin.isActive();
    }

    static void connect(final FarmLockManager farm) {
        if (isInstalled()) {
            LockableResourcesBridge.connect(farm);
        }
    }
}
