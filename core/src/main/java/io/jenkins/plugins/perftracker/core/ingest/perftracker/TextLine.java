package io.jenkins.plugins.perftracker.core.ingest.perftracker;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import io.jenkins.plugins.perftracker.core.ingest.Excerpt;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.model.Messages;

/** The typed values of one {@code key: value;} line, refusing bad numbers with the line and key. */
final class TextLine {
    private static final Set<String> TRUE = Set.of("True", "true", "Yes", "yes", "y", "1");

    private final Path file;
    private final int line;
    private final Map<String, String> pairs;

    TextLine(final Path file, final int line, final Map<String, String> pairs) {
        this.file = file;
        this.line = line;
        this.pairs = pairs;
    }

    /** A single value under {@code one} or a JSON-style list under {@code many}. */
    double[] numbers(final String one, final String many) throws ResultFormatException {
        if (pairs.containsKey(one)) {
            return new double[] {parse(one, pairs.get(one).strip())};
        }
        String list = pairs.get(many);
        if (list == null) {
            return new double[0];
        }
        String inner = list.strip();
        if (!inner.startsWith("[") || !inner.endsWith("]")) {
            throw error(many, "a list like [1.5, 2.0] expected but was '" + Excerpt.of(list) + "'");
        }
        inner = inner.substring(1, inner.length() - 1).strip();
        if (inner.isEmpty()) {
            return new double[0];
        }
        String[] items = inner.split(",");
        double[] values = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = parse(many, items[i].strip());
        }
        return values;
    }

    double number(final String key) throws ResultFormatException {
        return pairs.containsKey(key) ? parse(key, pairs.get(key).strip()) : 0;
    }

    long whole(final String key) throws ResultFormatException {
        String value = pairs.get(key);
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        }
        catch (NumberFormatException e) {
            throw error(key, "a whole number expected but was '" + Excerpt.of(value) + "'");
        }
    }

    Messages count(final String key) throws ResultFormatException {
        long count = whole(key);
        if (count != (int) count) {
            throw error(key, "a count up to " + Integer.MAX_VALUE + " expected but was " + count);
        }
        return Messages.count(key, (int) count);
    }

    boolean bool(final String key) {
        String value = pairs.get(key);
        return value != null && TRUE.contains(value.strip());
    }

    private double parse(final String key, final String value) throws ResultFormatException {
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number)) {
                return number;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw error(key, "a finite number expected but was '" + Excerpt.of(value) + "'");
    }

    private ResultFormatException error(final String key, final String problem) {
        return new ResultFormatException(file, "line " + line + ", key '" + key + "'", problem);
    }
}
