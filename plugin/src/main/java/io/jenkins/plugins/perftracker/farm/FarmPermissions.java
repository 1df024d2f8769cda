package io.jenkins.plugins.perftracker.farm;

import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.model.Computer;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.security.PermissionScope;

/**
 * The plugin's own permission group "Farm" with "Lock": lock, extend and unlock hosts and add hosts that are
 * not agents on the farm page. Implied by Computer/Configure, so whoever may configure agents may lock them.
 */
public final class FarmPermissions {
    public static final PermissionGroup GROUP = new PermissionGroup(FarmPermissions.class,
            Messages._FarmPermissions_group());
    public static final Permission LOCK = new Permission(GROUP, "Lock", Messages._FarmPermissions_lock(),
            Computer.CONFIGURE, PermissionScope.JENKINS);

    private FarmPermissions() {
    }

    /** Loads the permissions before the security configuration is read, so matrix settings find them. */
    @Initializer(before = InitMilestone.SYSTEM_CONFIG_LOADED)
    public static void register() {
        LOCK.getId();
    }
}
