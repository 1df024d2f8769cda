package io.jenkins.plugins.perftracker.core.farm;

import java.util.Comparator;
import java.util.Objects;

/**
 * A kind of lock such as Maintenance, Autotest or Manual test (PerfTracker's HwFarmNodeLockType): its colours
 * on the timeline, its place in lists, and two rules PerfTracker did not have: whether a lock of this type takes
 * the host out of service (the glue may take the agent offline), and whether it ends by itself after its
 * planned duration.
 */
public final class LockType {
    /** PerfTracker's fallback, used for locks without a type or whose type was removed. */
    public static final LockType DEFAULT = new LockType("Default lock type", "#777", "#fff", 1, false, false);
    /** Lists show types by {@code order}, then name. */
    public static final Comparator<LockType> DISPLAY_ORDER = Comparator.comparingInt(LockType::getOrder)
            .thenComparing(LockType::getName);

    private final String name;
    private final String background;
    private final String foreground;
    private final int order;
    private final boolean outOfService;
    private final boolean expiring;

    private LockType(final String name, final String background, final String foreground, final int order,
            final boolean outOfService, final boolean expiring) {
        this.name = Text.required("name", name, 128);
        this.background = Text.color("background", background);
        this.foreground = Text.color("foreground", foreground);
        this.order = order;
        this.outOfService = outOfService;
        this.expiring = expiring;
    }

    /** A type with order 1 that neither takes hosts out of service nor expires. */
    public static LockType of(final String name, final String background, final String foreground) {
        return new LockType(name, background, foreground, 1, false, false);
    }

    public LockType withOrder(final int value) {
        return new LockType(name, background, foreground, value, outOfService, expiring);
    }

    public LockType withOutOfService(final boolean value) {
        return new LockType(name, background, foreground, order, value, expiring);
    }

    public LockType withExpiring(final boolean value) {
        return new LockType(name, background, foreground, order, outOfService, value);
    }

    public String getName() {
        return name;
    }

    /** The bar colour, {@code #rgb} or {@code #rrggbb}, lower case. */
    public String getBackground() {
        return background;
    }

    /** The text colour on the bar. */
    public String getForeground() {
        return foreground;
    }

    public int getOrder() {
        return order;
    }

    /** True if a host locked with this type is out of service (maintenance), not just busy. */
    public boolean isOutOfService() {
        return outOfService;
    }

    /** True if a lock of this type ends by itself at begin + planned hours. */
    public boolean isExpiring() {
        return expiring;
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof LockType)) {
            return false;
        }
        LockType that = (LockType) o;
        return name.equals(that.name) && background.equals(that.background) && foreground.equals(that.foreground)
                && order == that.order && outOfService == that.outOfService && expiring == that.expiring;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, background, foreground, order, outOfService, expiring);
    }

    @Override
    public String toString() {
        return name;
    }
}
