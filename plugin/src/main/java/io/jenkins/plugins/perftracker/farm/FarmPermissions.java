package io.jenkins.plugins.perftracker.farm;

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
}
