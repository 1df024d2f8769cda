package io.jenkins.plugins.perftracker.core.model;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * A measurement unit as a result file spells it ({@code ns/op}, {@code ops/s}, {@code MB/sec} …), understood well
 * enough to compare values: its dimension, its factor to the dimension's base unit and the direction it implies.
 * The text is kept as written for display; {@link #toBase(double)} normalises values (time to seconds, sizes to
 * bytes, rates to per second). Units nobody knows parse too: they compare only with themselves.
 */
public final class Unit implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What a unit measures; values convert only within one dimension and base unit. */
    public enum Dimension { TIME, SIZE, RATE, TIME_PER, SIZE_PER, COUNT_PER, PERCENT, OTHER }

    /** Which way a value of this unit gets better. */
    public enum Direction {
        LESS_IS_BETTER, MORE_IS_BETTER, UNKNOWN;

        /** The direction as PerfTracker's {@code less_better} flag, with a fallback when unknown. */
        public boolean isLessIsBetter(final boolean fallback) {
            return this == UNKNOWN ? fallback : this == LESS_IS_BETTER;
        }
    }

    private static final Map<String, Double> TIMES = Map.ofEntries(Map.entry("ns", 1e-9),
            Map.entry("nanosecond", 1e-9), Map.entry("nanoseconds", 1e-9), Map.entry("us", 1e-6),
            Map.entry("usec", 1e-6), Map.entry("microsecond", 1e-6), Map.entry("microseconds", 1e-6),
            Map.entry("ms", 1e-3), Map.entry("msec", 1e-3), Map.entry("millisecond", 1e-3),
            Map.entry("milliseconds", 1e-3), Map.entry("s", 1.0), Map.entry("sec", 1.0), Map.entry("secs", 1.0),
            Map.entry("second", 1.0), Map.entry("seconds", 1.0), Map.entry("min", 60.0), Map.entry("minute", 60.0),
            Map.entry("minutes", 60.0), Map.entry("h", 3600.0), Map.entry("hour", 3600.0),
            Map.entry("hours", 3600.0));
    private static final Map<String, Double> SIZES = Map.ofEntries(Map.entry("b", 1.0), Map.entry("byte", 1.0),
            Map.entry("bytes", 1.0), Map.entry("kb", 1e3), Map.entry("kilobytes", 1e3), Map.entry("mb", 1e6),
            Map.entry("megabytes", 1e6), Map.entry("gb", 1e9), Map.entry("gigabytes", 1e9),
            Map.entry("kib", 1024.0), Map.entry("mib", 1024.0 * 1024), Map.entry("gib", 1024.0 * 1024 * 1024));

    private final String text;
    private final Dimension dimension;
    private final String baseUnit;
    private final double factor;
    private final Direction direction;

    private Unit(final String text, final Dimension dimension, final String baseUnit, final double factor,
            final Direction direction) {
        this.text = text;
        this.dimension = dimension;
        this.baseUnit = baseUnit;
        this.factor = factor;
        this.direction = direction;
    }

    /** Parses a unit as written; never fails (an unknown unit is {@link Dimension#OTHER} with factor 1). */
    public static Unit valueOf(final String text) {
        String written = text == null ? "" : text.trim();
        String key = written.replace('µ', 'u').replace('μ', 'u').toLowerCase(Locale.ROOT);
        if (key.equals("%") || key.equals("percent") || key.equals("percentage")) {
            return new Unit(written, Dimension.PERCENT, "%", 1.0, Direction.UNKNOWN);
        }
        if (key.equals("hz") || key.equals("fps")) {
            return new Unit(written, Dimension.RATE, "Hz", 1.0, Direction.MORE_IS_BETTER);
        }
        int slash = key.lastIndexOf('/');
        if (slash > 0 && slash < key.length() - 1) {
            return ratio(written, key.substring(0, slash).trim(), key.substring(slash + 1).trim());
        }
        return simple(written, key);
    }

    private static Unit simple(final String written, final String key) {
        if (TIMES.containsKey(key)) {
            return new Unit(written, Dimension.TIME, "s", TIMES.get(key), Direction.LESS_IS_BETTER);
        }
        if (SIZES.containsKey(key)) {
            return new Unit(written, Dimension.SIZE, "B", SIZES.get(key), Direction.LESS_IS_BETTER);
        }
        return new Unit(written, Dimension.OTHER, written, 1.0, Direction.UNKNOWN);
    }

    private static Unit ratio(final String written, final String top, final String bottom) {
        if (TIMES.containsKey(bottom)) {
            return perTime(written, top, TIMES.get(bottom));
        }
        String per = canonicalCount(bottom);
        if (TIMES.containsKey(top)) {
            return new Unit(written, Dimension.TIME_PER, "s/" + per, TIMES.get(top), Direction.LESS_IS_BETTER);
        }
        if (SIZES.containsKey(top)) {
            return new Unit(written, Dimension.SIZE_PER, "B/" + per, SIZES.get(top), Direction.LESS_IS_BETTER);
        }
        if (top.startsWith("alloc")) {
            return new Unit(written, Dimension.COUNT_PER, "allocs/" + per, 1.0, Direction.LESS_IS_BETTER);
        }
        return new Unit(written, Dimension.COUNT_PER, top + "/" + per, 1.0, Direction.UNKNOWN);
    }

    /** Something per unit of time: bytes per second, or a count (operations, requests) per second. */
    private static Unit perTime(final String written, final String top, final double seconds) {
        if (SIZES.containsKey(top)) {
            return new Unit(written, Dimension.RATE, "B/s", SIZES.get(top) / seconds, Direction.MORE_IS_BETTER);
        }
        if (TIMES.containsKey(top)) {
            return new Unit(written, Dimension.OTHER, written, 1.0, Direction.UNKNOWN);
        }
        return new Unit(written, Dimension.RATE, canonicalCount(top) + "/s", 1.0 / seconds, Direction.MORE_IS_BETTER);
    }

    /** "op", "ops", "operation(s)" all count operations; keep other counted things apart. */
    private static String canonicalCount(final String word) {
        return switch (word) {
            case "op", "ops", "operation", "operations", "iter", "iteration", "iterations", "loops" -> "op";
            case "req", "reqs", "request", "requests" -> "req";
            default -> word;
        };
    }

    /** The unit as written (trimmed), for display. */
    public String getText() {
        return text;
    }

    public Dimension getDimension() {
        return dimension;
    }

    /** The unit values are normalised to: {@code s}, {@code B}, {@code op/s}, {@code s/op}, {@code B/op} …. */
    public String getBaseUnit() {
        return baseUnit;
    }

    /** What one of this unit is in the base unit ({@code 1e-9} for {@code ns}, {@code 1000} for {@code ops/ms}). */
    public double getFactor() {
        return factor;
    }

    /** The direction the unit implies: times and sizes get better lower, rates higher; others are unknown. */
    public Direction getDirection() {
        return direction;
    }

    /** A value of this unit in the base unit. */
    public double toBase(final double value) {
        return value * factor;
    }

    /** Whether values of both units can be compared after {@link #toBase(double)}. */
    public boolean isComparableWith(final Unit other) {
        return baseUnit.equals(other.baseUnit);
    }

    /**
     * A value of this unit in another, comparable unit.
     *
     * @throws InvalidValueException when the units measure different things
     */
    public double convert(final double value, final Unit target) {
        if (!isComparableWith(target)) {
            throw new InvalidValueException("unit", "'" + text + "' cannot be converted to '" + target.text + "'");
        }
        return value * factor / target.factor;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Unit && ((Unit) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The unit as written; {@link #valueOf(String)} parses it back. */
    @Override
    public String toString() {
        return text;
    }
}
