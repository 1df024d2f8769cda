package io.jenkins.plugins.perftracker.core.buildtime;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

/**
 * The build-matrix cell (Travis) or axis values (Jenkins matrix and parallel axes) a job ran with. The summary is
 * Buildtime Trend's: the values sorted by key and joined with spaces ({@code python 2.7 linux}).
 */
public final class BuildMatrix implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_AXES = 64;
    /** The matrix without axes; its summary is empty. */
    public static final BuildMatrix EMPTY = new BuildMatrix(new LinkedHashMap<>());

    /** Kept sorted by key; a LinkedHashMap, not a TreeMap, because XStream restores a TreeMap only through
     * reflection into java.util, which Java 17 closes. */
    private final LinkedHashMap<String, String> axes;
    /** Computed on first use; transient, so stored records stay plain and old ones need no migration. */
    private transient String summary;

    private BuildMatrix(final LinkedHashMap<String, String> axes) {
        this.axes = axes;
    }

    /** A matrix from axis name to value; blank names are refused, null values are stored as empty text. */
    public static BuildMatrix of(final Map<String, String> axes) {
        if (axes == null || axes.isEmpty()) {
            return EMPTY;
        }
        if (axes.size() > MAX_AXES) {
            throw new InvalidValueException("build_matrix", "at most " + MAX_AXES + " axes expected but was "
                    + axes.size());
        }
        TreeMap<String, String> copy = new TreeMap<>();
        axes.forEach((key, value) -> copy.put(Checks.required("build_matrix key", key),
                Checks.bounded("build_matrix." + key, value, Checks.MAX_TEXT)));
        return new BuildMatrix(new LinkedHashMap<>(copy));
    }

    /** Axis name to value, sorted by name. */
    public Map<String, String> getAxes() {
        return Collections.unmodifiableMap(axes);
    }

    /** The values sorted by key and joined with single spaces; empty for a job without a matrix. */
    public String getSummary() {
        if (summary == null) {
            summary = String.join(" ", axes.values());
        }
        return summary;
    }

    public boolean isEmpty() {
        return axes.isEmpty();
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof BuildMatrix && axes.equals(((BuildMatrix) o).axes);
    }

    @Override
    public int hashCode() {
        return axes.hashCode();
    }

    @Override
    public String toString() {
        return axes.toString();
    }
}
