package io.jenkins.plugins.perftracker.core.model;

import java.io.InvalidObjectException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** Validation and copying helpers shared by the model builders. */
final class Values {
    /** PerfTracker's column widths: longer text is refused rather than cut. */
    static final int MAX_TAG = 512;
    static final int MAX_GROUP = 128;
    static final int MAX_TITLE = 512;
    private static final double[] NO_NUMBERS = new double[0];

    private Values() {
    }

    static String requireText(final String field, final String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, "must not be empty");
        }
        return text;
    }

    static String bounded(final String field, final String text, final int max) {
        String value = text == null ? "" : text;
        if (value.length() > max) {
            throw new InvalidValueException(field, "at most " + max + " characters expected but was " + value.length());
        }
        return value;
    }

    static String orEmpty(final String text) {
        return text == null ? "" : text;
    }

    /**
     * A name (tag, group, unit, title …) as every record can hold it in XML 1.0 and show it on one line: tab and
     * line ends become a space; other control characters, U+FFFE/U+FFFF and lone surrogates are dropped.
     */
    static String name(final String text) {
        return clean(text, false);
    }

    /** Free text (a command line, a description, a message): like {@link #name} but tab and line ends are kept. */
    static String text(final String text) {
        return clean(text, true);
    }

    private static String clean(final String text, final boolean multiLine) {
        String value = orEmpty(text);
        int first = 0;
        while (first < value.length() && fits(value, first, multiLine)) {
            first++;
        }
        if (first == value.length()) {
            return value;
        }
        StringBuilder clean = new StringBuilder(value.length()).append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            if (fits(value, i, multiLine)) {
                clean.append(c);
            }
            else if (c == '\t' || c == '\n' || c == '\r') {
                clean.append(' ');
            }
        }
        return clean.toString();
    }

    private static boolean fits(final String text, final int index, final boolean multiLine) {
        char c = text.charAt(index);
        if (c < 0x20) {
            return multiLine && (c == '\t' || c == '\n' || c == '\r');
        }
        if (Character.isHighSurrogate(c)) {
            return index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
        }
        return c != 0x7f && c != '\uFFFE' && c != '\uFFFF';
    }

    /** A list of names, each cleaned as {@link #name} says. */
    static List<String> names(final List<String> names) {
        return names == null ? Collections.emptyList() : copyOf(names.stream().map(Values::name).toList());
    }

    /**
     * Builds a model object again from its own values, for {@code readResolve}: what arrives by Java serialization
     * (an agent over remoting) passes the builder's validation like everything else, or is refused.
     */
    static <B, T> T resolve(final String what, final Supplier<B> values, final Function<B, T> build)
            throws InvalidObjectException {
        try {
            return build.apply(values.get());
        }
        catch (RuntimeException e) {
            InvalidObjectException refused = new InvalidObjectException(what + " refused: " + e.getMessage());
            refused.initCause(e);
            throw refused;
        }
    }

    /**
     * A map of names to free texts (links, attributes), cleaned as {@link #name} and {@link #text} say; tests with
     * equal maps share one immutable instance ({@link SharedMaps}).
     */
    static Map<String, String> cleanMap(final Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return Collections.emptyMap();
        }
        // equal to the last map built (itself clean, and cleaning leaves clean text as it is): share that one
        Map<String, String> shared = SharedMaps.lastEqualTo(map);
        if (shared != null) {
            return shared;
        }
        Map<String, String> clean = new LinkedHashMap<>();
        map.forEach((key, value) -> clean.put(name(key), text(value)));
        return SharedMaps.remember(Collections.unmodifiableMap(clean));
    }

    static double[] finite(final String field, final double[] values) {
        if (values == null || values.length == 0) {
            return NO_NUMBERS; // shared: most tests send no deviations; an empty array cannot change
        }
        double[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!Double.isFinite(copy[i])) {
                throw new InvalidValueException(field + "[" + i + "]", "a finite number expected but was " + copy[i]);
            }
        }
        return copy;
    }

    static int nonNegative(final String field, final int value) {
        if (value < 0) {
            throw new InvalidValueException(field, "must not be negative but was " + value);
        }
        return value;
    }

    static long nonNegative(final String field, final long value) {
        if (value < 0) {
            throw new InvalidValueException(field, "must not be negative but was " + value);
        }
        return value;
    }

    static double nonNegative(final String field, final double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidValueException(field, "a finite, non-negative number expected but was " + value);
        }
        return value;
    }

    /** PerfTracker's duration rule: the seconds sent, otherwise end − begin, otherwise zero. */
    static Duration duration(final double durationSec, final OffsetDateTime begin, final OffsetDateTime end) {
        if (durationSec > 0) {
            return Duration.ofNanos(Math.round(durationSec * 1e9));
        }
        if (begin != null && end != null) {
            return Duration.between(begin, end);
        }
        return Duration.ZERO;
    }

    static Map<String, String> copyOf(final Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return Collections.emptyMap();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static <T> List<T> copyOf(final List<T> list) {
        if (list == null || list.isEmpty()) {
            return Collections.emptyList();
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
