package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.NoSuchElementException;
import java.util.OptionalDouble;

/**
 * A badge value, or none: Buildtime Trend's −1 (no jobs, no failure, nothing to divide) and null (empty average)
 * both become "none", as does any negative or non-finite number; the badge renders none as
 * {@code unknown}/lightgrey ({@code BuildtimeBadges.badge(type, interval, value.toOptionalDouble())}).
 */
public final class BadgeValue {
    private static final BadgeValue NONE = new BadgeValue(0, false);

    private final double value;
    private final boolean present;

    private BadgeValue(final double value, final boolean present) {
        this.value = value;
        this.present = present;
    }

    /** A value; negative or non-finite numbers give no value, as the seed's status "unknown". */
    public static BadgeValue of(final double value) {
        return Double.isFinite(value) && value >= 0 ? new BadgeValue(value, true) : NONE;
    }

    public static BadgeValue none() {
        return NONE;
    }

    public boolean isPresent() {
        return present;
    }

    /** The value; throws when there is none, like {@link OptionalDouble#getAsDouble()}. */
    public double getAsDouble() {
        if (!present) {
            throw new NoSuchElementException("no badge value");
        }
        return value;
    }

    public double orElse(final double other) {
        return present ? value : other;
    }

    /** The form {@code BuildtimeBadges.badge(...)} takes. */
    public OptionalDouble toOptionalDouble() {
        return present ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof BadgeValue && present == ((BadgeValue) o).present
                && Double.compare(value, ((BadgeValue) o).value) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value) + (present ? 1 : 0);
    }

    @Override
    public String toString() {
        return present ? String.valueOf(value) : "unknown";
    }
}
