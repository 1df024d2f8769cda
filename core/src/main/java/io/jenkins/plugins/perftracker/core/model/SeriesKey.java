package io.jenkins.plugins.perftracker.core.model;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * Identifies one series across builds: PerfTracker's matching rule (group, tag, category) plus the unit,
 * so that a test whose unit changed starts a new series instead of mixing incomparable values.
 */
public final class SeriesKey implements Comparable<SeriesKey>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Comparator<SeriesKey> ORDER = Comparator.comparing(SeriesKey::getGroup)
            .thenComparing(SeriesKey::getTag)
            .thenComparing(SeriesKey::getCategory)
            .thenComparing(SeriesKey::getUnit);

    private final String group;
    private final String tag;
    private final String category;
    private final String unit;

    public SeriesKey(final String group, final String tag, final String category, final String unit) {
        this.group = Objects.requireNonNull(group, "group");
        this.tag = Values.requireText("tag", tag);
        this.category = Objects.requireNonNull(category, "category");
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    public String getGroup() {
        return group;
    }

    public String getTag() {
        return tag;
    }

    public String getCategory() {
        return category;
    }

    public String getUnit() {
        return unit;
    }

    /** The key without the unit: tests with the same case key inside one run are merged or refused. */
    public String caseKey() {
        return group + '\u0000' + tag + '\u0000' + category;
    }

    /** PerfTracker's row title: "tag category", or the tag alone. */
    public String displayName() {
        return category.isEmpty() ? tag : tag + " " + category;
    }

    @Override
    public int compareTo(final SeriesKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SeriesKey)) {
            return false;
        }
        SeriesKey that = (SeriesKey) o;
        return group.equals(that.group) && tag.equals(that.tag) && category.equals(that.category)
                && unit.equals(that.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, tag, category, unit);
    }

    @Override
    public String toString() {
        return "[" + group + "] " + displayName() + " (" + unit + ")";
    }
}
