package io.jenkins.plugins.perftracker.core.store;

import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compact text forms of the record's values: numbers, number lists, times, maps and string lists. */
final class XmlValues {
    private static final String ENTRY = "entry";
    private static final String KEY = "key";

    private XmlValues() {
    }

    /** Space-separated shortest round-trip forms ({@link Double#toString}). */
    static String doubles(final double[] values) {
        StringBuilder text = new StringBuilder(values.length * 8);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(values[i]);
        }
        return text.toString();
    }

    /** Reads what {@link #doubles} wrote; any whitespace separates. Scans by hand: a regex split costs more. */
    static double[] parseDoubles(final String text) {
        double[] values = new double[8];
        int count = 0;
        int at = 0;
        int length = text.length();
        while (at < length) {
            while (at < length && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            int start = at;
            while (at < length && !Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at > start) {
                if (count == values.length) {
                    values = Arrays.copyOf(values, count * 2);
                }
                values[count] = parseDouble(text.substring(start, at), "number #" + (count + 1));
                count++;
            }
        }
        return Arrays.copyOf(values, count);
    }

    static double parseDouble(final String text, final String what) {
        try {
            return Double.parseDouble(text.trim());
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": a decimal number expected but was '" + text + "'", e);
        }
    }

    static long parseLong(final String text) {
        try {
            return Long.parseLong(text.trim());
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("an integer expected but was '" + text + "'", e);
        }
    }

    static int parseInt(final String text) {
        long value = parseLong(text);
        if (value != (int) value) {
            throw new IllegalArgumentException("an integer up to " + Integer.MAX_VALUE + " expected but was " + text);
        }
        return (int) value;
    }

    static boolean parseBoolean(final String text) {
        String value = text.trim();
        if ("true".equals(value) || "false".equals(value)) {
            return "true".equals(value);
        }
        throw new IllegalArgumentException("true or false expected but was '" + text + "'");
    }

    static OffsetDateTime parseTime(final String text) {
        try {
            return OffsetDateTime.parse(text.trim());
        }
        catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "an ISO-8601 time with offset (2024-05-01T10:00:00+02:00) expected but was '" + text + "'", e);
        }
    }

    static void writeMap(final Map<String, String> map, final HierarchicalStreamWriter writer) {
        map.forEach((key, value) -> {
            writer.startNode(ENTRY);
            writer.addAttribute(KEY, key);
            writer.setValue(value);
            writer.endNode();
        });
    }

    static Map<String, String> readMap(final HierarchicalStreamReader reader) {
        Map<String, String> map = new LinkedHashMap<>();
        int index = 0;
        while (reader.hasMoreChildren()) {
            reader.moveDown();
            index++;
            if (ENTRY.equals(reader.getNodeName())) {
                String key = reader.getAttribute(KEY);
                if (key == null) {
                    throw new RecordFormatException(ENTRY + "[" + index + "]", "attribute 'key' expected", null);
                }
                map.put(key, reader.getValue());
            }
            reader.moveUp();
        }
        return map;
    }

    static void writeTexts(final String element, final List<String> texts, final HierarchicalStreamWriter writer) {
        for (String text : texts) {
            writer.startNode(element);
            writer.setValue(text);
            writer.endNode();
        }
    }

    static List<String> readTexts(final String element, final HierarchicalStreamReader reader) {
        List<String> texts = new ArrayList<>();
        while (reader.hasMoreChildren()) {
            reader.moveDown();
            if (element.equals(reader.getNodeName())) {
                texts.add(reader.getValue());
            }
            reader.moveUp();
        }
        return texts;
    }
}
