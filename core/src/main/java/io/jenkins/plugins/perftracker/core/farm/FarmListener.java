package io.jenkins.plugins.perftracker.core.farm;

import java.util.List;

/**
 * Hears about every change of the farm, for example to reserve and free Lockable Resources, take an agent
 * offline while an out-of-service lock holds it, or save the farm.
 *
 * <p>Calls arrive in the order the changes happened, outside the manager's lock (a listener may call the
 * manager), one at a time, possibly on another thread than the one that made the change and possibly just
 * after that call returned. A listener should return quickly and must not wait for a host ({@code acquire}
 * with a timeout), as later events wait for it. A listener that throws is logged and does not stop the
 * others. Every default method calls {@link #changed()}, so a listener that only saves overrides that one.
 */
public interface FarmListener {
    /** A lock was taken. */
    default void locked(final FarmLock lock) {
        changed();
    }

    /** A lock ended; {@code lock} carries its end. */
    default void ended(final FarmLock lock, final EndReason reason) {
        changed();
    }

    /** A lock's title, type, owner, plan, hosts or end changed. */
    default void updated(final FarmLock before, final FarmLock after) {
        changed();
    }

    /** A host or lock type was added, replaced or removed. */
    default void inventoryChanged() {
        changed();
    }

    /** Ended locks were dropped from history (see {@link HistoryPolicy}). */
    default void pruned(final List<FarmLock> dropped) {
        changed();
    }

    /** Anything changed. */
    default void changed() {
        // nothing by default
    }
}
