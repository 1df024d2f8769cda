package io.jenkins.plugins.perftracker.core.farm;

import java.util.Optional;

/**
 * Holds on hosts made outside the farm (for the plugin: a Lockable Resources lock or reservation of the
 * resource with the host's name). A held host is not free: no farm lock takes it and waiters wait for it.
 * Called under the manager's lock, so it must answer quickly and never call the manager.
 */
@FunctionalInterface
public interface ExternalHolds {
    /** Nobody outside the farm holds anything. */
    ExternalHolds NONE = host -> Optional.empty();

    /** Who holds the host outside the farm, e.g. "Lockable Resources: locked by job #4"; empty if nobody. */
    Optional<String> heldBy(String host);
}
