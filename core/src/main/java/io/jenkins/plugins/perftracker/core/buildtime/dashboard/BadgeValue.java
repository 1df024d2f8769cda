package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A badge value, or none: Buildtime Trend's −1 (no jobs, no failure, nothing to divide) and null (empty average)
 * both become "unknown", as does any negative or non-finite number, which the badge renders as
 * {@code unknown}/lightgrey. The kind says how to format it: seconds as a duration, a count, a percentage, days.
 */
public final class BadgeValue {
    /** How the badge renderer formats the value. */
    public enum Kind { DURATION_SECONDS, COUNT, PERCENT, DAYS }

    private final Kind kind;
    private final String subject;
    private final double value;
    private final boolean present;

    private BadgeValue(final Kind kind, final String subject, final double value, final boolean present) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.value = value;
        this.present = present;
    }

    /** A value; negative or non-finite numbers give an unknown value, as the seed's status "unknown". */
    public static BadgeValue of(final Kind kind, final String subject, final double value) {
        boolean valid = Double.isFinite(value) && value >= 0;
        return new BadgeValue(kind, subject, valid ? value : 0, valid);
    }

    public static BadgeValue unknown(final Kind kind, final String subject) {
        return new BadgeValue(kind, subject, 0, false);
    }

    public boolean isPresent() {
        return present;
    }

    /** The value; throws when there is none, like {@link OptionalDouble#getAsDouble()}. */
    public double getAsDouble() {
        if (!present) {
            throw new NoSuchElementException("no badge value for " + subject);
        }
        return value;
    }

    public double orElse(final double other) {
        return present ? value : other;
    }

    public OptionalDouble toOptionalDouble() {
        return present ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    public Kind getKind() {
        return kind;
    }

    /** The badge's left text, {@code _} for a space ({@code buildtime_(week)}, {@code last_fail}, ...). */
    public String getSubject() {
        return subject;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof BadgeValue && kind == ((BadgeValue) o).kind && subject.equals(((BadgeValue) o).subject)
                && present == ((BadgeValue) o).present && Double.compare(value, ((BadgeValue) o).value) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, subject, value, present);
    }

    @Override
    public String toString() {
        return subject + "=" + (present ? String.valueOf(value) : "unknown");
    }
}
