package io.jenkins.plugins.perftracker.core.farm;

/**
 * A host is held by another lock, or no matching host became free in time. The message names the host, the
 * holder and its lock: "Host 's1' is already locked by 'jenkins' (lock #12 'nightly')".
 */
public class LockConflictException extends FarmException {
    private static final long serialVersionUID = 1L;

    LockConflictException(final String message) {
        super(message);
    }

    /** The message for one host held by {@code holder}. */
    static String message(final String host, final FarmLock holder) {
        return "Host '" + host + "' is already locked by '" + holder.getOwner() + "' (" + holder.describe() + ")";
    }

    /** The message for one host held outside the farm: "Host 's1' is held outside the farm: …". */
    static String external(final String host, final String holder) {
        return "Host '" + host + "' is held outside the farm: " + holder;
    }

    static LockConflictException of(final String host, final FarmLock holder) {
        return new LockConflictException(message(host, holder));
    }
}
