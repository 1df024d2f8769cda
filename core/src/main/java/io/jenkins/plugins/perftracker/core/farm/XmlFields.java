package io.jenkins.plugins.perftracker.core.farm;

import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The flat child elements of one farm element ({@code <host>}, {@code <lock>}, ...), read once and checked:
 * only known names, no nesting, single values at most once. Errors name the element path and the field.
 */
final class XmlFields {
    private final String path;
    private final List<String[]> entries = new ArrayList<>();

    private XmlFields(final String path) {
        this.path = path;
    }

    /** Reads the children of the reader's current element; {@code repeated} may occur more than once. */
    static XmlFields read(final HierarchicalStreamReader reader, final String path, final Set<String> single,
            final Set<String> repeated) {
        XmlFields fields = new XmlFields(path);
        while (reader.hasMoreChildren()) {
            reader.moveDown();
            String name = reader.getNodeName();
            if (!single.contains(name) && !repeated.contains(name)) {
                throw new FarmFormatException(path + "/" + name + ": unknown element");
            }
            if (single.contains(name) && fields.has(name)) {
                throw new FarmFormatException(path + "/" + name + ": expected at most once");
            }
            fields.entries.add(readLeaf(reader, path, name));
            reader.moveUp();
        }
        return fields;
    }

    /** Name, {@code name} attribute (read before the text, as the pull parser needs) and text of a leaf. */
    private static String[] readLeaf(final HierarchicalStreamReader reader, final String path, final String name) {
        String key = reader.getAttribute("name");
        if (reader.hasMoreChildren()) {
            throw new FarmFormatException(path + "/" + name + ": text expected, not nested elements");
        }
        return new String[] {name, key, reader.getValue()};
    }

    static void write(final HierarchicalStreamWriter writer, final String name, final Object value) {
        String text = String.valueOf(value);
        if (!text.isEmpty()) {
            writer.startNode(name);
            writer.setValue(text);
            writer.endNode();
        }
    }

    static void writeAll(final HierarchicalStreamWriter writer, final String name, final Collection<String> values) {
        values.forEach(v -> write(writer, name, v));
    }

    String path() {
        return path;
    }

    boolean has(final String name) {
        return entries.stream().anyMatch(e -> e[0].equals(name));
    }

    String text(final String name) {
        return entries.stream().filter(e -> e[0].equals(name)).map(e -> e[2]).findFirst().orElse("");
    }

    List<String> texts(final String name) {
        return entries.stream().filter(e -> e[0].equals(name)).map(e -> e[2]).toList();
    }

    /** Repeated elements keyed by their {@code name} attribute, such as {@code <link name="dashboard">}. */
    Map<String, String> keyed(final String name) {
        Map<String, String> result = new TreeMap<>();
        entries.stream().filter(e -> e[0].equals(name)).forEach(e -> {
            if (e[1] == null || result.put(e[1], e[2]) != null) {
                throw new FarmFormatException(path + "/" + name + ": a distinct name attribute expected");
            }
        });
        return result;
    }

    int intValue(final String name, final int absent) {
        String text = text(name);
        try {
            return text.isEmpty() ? absent : Integer.parseInt(text.strip());
        }
        catch (NumberFormatException e) {
            throw invalid(name, "an integer", text);
        }
    }

    double doubleValue(final String name) {
        String text = text(name);
        try {
            return text.isEmpty() ? 0 : Double.parseDouble(text.strip());
        }
        catch (NumberFormatException e) {
            throw invalid(name, "a number", text);
        }
    }

    boolean bool(final String name) {
        String text = text(name).strip();
        if (!text.isEmpty() && !text.equals("true") && !text.equals("false")) {
            throw invalid(name, "true or false", text);
        }
        return text.equals("true");
    }

    /** An ISO-8601 instant; {@code null} when absent. */
    Instant instant(final String name) {
        String text = text(name);
        try {
            return text.isEmpty() ? null : Instant.parse(text.strip());
        }
        catch (DateTimeParseException e) {
            throw invalid(name, "an ISO-8601 instant such as 2026-11-21T10:15:30Z", text);
        }
    }

    FarmFormatException invalid(final String name, final String expected, final String actual) {
        return new FarmFormatException(path + "/" + name + ": " + expected + " expected but was '" + actual + "'");
    }
}
