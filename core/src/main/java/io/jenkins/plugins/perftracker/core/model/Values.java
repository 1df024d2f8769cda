package io.jenkins.plugins.perftracker.core.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Validation and copying helpers shared by the model builders. */
final class Values {
    /** PerfTracker's column widths: longer text is refused rather than cut. */
    static final int MAX_TAG = 512;
    static final int MAX_GROUP = 128;
    static final int MAX_TITLE = 512;

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

    static double[] finite(final String field, final double[] values) {
        double[] copy = values == null ? new double[0] : values.clone();
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
