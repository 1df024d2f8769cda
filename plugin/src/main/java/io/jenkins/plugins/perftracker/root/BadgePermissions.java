package io.jenkins.plugins.perftracker.root;

import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.model.Item;
import hudson.security.Permission;
import hudson.security.PermissionScope;

/**
 * Who may see a job's badges. Like embeddable-build-status' {@code ViewStatus}: implied by the job's READ, and
 * grantable on its own (also to anonymous, for README badges of a private controller) without revealing
 * anything else about the job. Nobody has it by default beyond those who may read the job.
 */
public final class BadgePermissions {
    public static final Permission VIEW_BADGE = new Permission(Item.PERMISSIONS, "ViewPerfBadge",
            Messages._BadgePermissions_viewBadge(), Item.READ, PermissionScope.ITEM);

    private BadgePermissions() {
    }

    /** Loads the class before the security configuration is read, so a saved grant finds the permission. */
    @Initializer(before = InitMilestone.SYSTEM_CONFIG_LOADED)
    public static void register() {
        // referencing the class is enough: the static field registers the permission
    }
}
