package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.Excerpt;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/**
 * Typed reads from a JSON tree that fail with the file, the JSON path and what was expected. Whole numbers are
 * taken only when they fit ({@link Json#exactLong}); messages quote at most a short excerpt of a value.
 */
public final class Nodes {
    private final Path file;

    public Nodes(final Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** A field's text; empty when absent or null; numbers and booleans as written. */
    public static String text(final JsonNode parent, final String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() || node.isContainerNode() ? "" : node.asText();
    }

    /** Whether the field is present and not null. */
    public static boolean has(final JsonNode parent, final String field) {
        JsonNode node = parent.get(field);
        return node != null && !node.isNull();
    }

    /**
     * A number: a JSON number or a string holding one ({@code "NaN"} and {@code "Infinity"} included, as JMH and
     * hand-written files spell them). Non-finite values are returned as they are; the caller decides.
     */
    public double number(final JsonNode node, final String path) throws ResultFormatException {
        if (node != null && node.isNumber()) {
            return node.doubleValue();
        }
        if (node != null && node.isTextual()) {
            String text = node.asText().trim();
            try {
                return Double.parseDouble(text.replaceFirst("(?i)^([+-]?)inf$", "$1Infinity"));
            }
            catch (NumberFormatException e) {
                throw new ResultFormatException(file, path, "a number expected but was '" + shorten(text) + "'");
            }
        }
        throw new ResultFormatException(file, path, "a number expected but was " + describe(node));
    }

    /** A field's number, required. */
    public double number(final JsonNode parent, final String field, final String path) throws ResultFormatException {
        return number(parent.get(field), path + "." + field);
    }

    /** A whole number that fits a long. */
    public long integer(final JsonNode parent, final String field, final String path) throws ResultFormatException {
        JsonNode node = parent.get(field);
        OptionalLong value = Json.exactLong(node);
        if (value.isPresent()) {
            return value.getAsLong();
        }
        throw new ResultFormatException(file, path + "." + field,
                "a whole number up to " + Long.MAX_VALUE + " expected but was " + describe(node));
    }

    /** A required array field. */
    public JsonNode array(final JsonNode parent, final String field, final String path) throws ResultFormatException {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            throw new ResultFormatException(file, path + "." + field, "an array expected but was " + describe(node));
        }
        return node;
    }

    /** Adds every number of a required array field to the test as a sample. */
    public void samples(final TestDraft test, final JsonNode parent, final String field, final String path)
            throws ResultFormatException {
        JsonNode values = array(parent, field, path);
        for (int i = 0; i < values.size(); i++) {
            test.sample(number(values.get(i), path + "." + field + "[" + i + "]"));
        }
    }

    /** Adds every number of a required array element of an array (a fork of JMH's rawData) as a sample. */
    public void samples(final TestDraft test, final JsonNode parent, final int index, final String path)
            throws ResultFormatException {
        JsonNode values = array(parent, index, path);
        for (int i = 0; i < values.size(); i++) {
            test.sample(number(values.get(i), path + "[" + index + "][" + i + "]"));
        }
    }

    /** A required array element of an array. */
    public JsonNode array(final JsonNode parent, final int index, final String path) throws ResultFormatException {
        JsonNode node = parent.get(index);
        if (node == null || !node.isArray()) {
            throw new ResultFormatException(file, path + "[" + index + "]",
                    "an array expected but was " + describe(node));
        }
        return node;
    }

    /** The node itself, which must be an object. */
    public JsonNode object(final JsonNode node, final String path) throws ResultFormatException {
        if (node == null || !node.isObject()) {
            throw new ResultFormatException(file, path, "an object expected but was " + describe(node));
        }
        return node;
    }

    /** The node itself, which must be an object. */
    public static JsonNode object(final Path file, final JsonNode node, final String path)
            throws ResultFormatException {
        return new Nodes(file).object(node, path);
    }

    /** A JSON number (text is refused); NaN and infinities are returned as such. */
    public static double requireNumber(final Path file, final JsonNode node, final String path)
            throws ResultFormatException {
        if (node == null || !node.isNumber()) {
            throw new ResultFormatException(file, path, "a number expected but was " + describe(node));
        }
        return node.doubleValue();
    }

    /** Whether a flag is set: JSON {@code true}, or exactly 1 (never "any number but 0", so 4294967297 is not true). */
    public static boolean isTrue(final JsonNode node) {
        if (node != null && node.isBoolean()) {
            return node.booleanValue();
        }
        OptionalLong value = Json.exactLong(node);
        return value.isPresent() && value.getAsLong() == 1;
    }

    /** The number if there is one; text such as Gatling's {@code "-"} counts as absent. */
    public static OptionalDouble optionalNumber(final JsonNode node) {
        return node != null && node.isNumber() ? OptionalDouble.of(node.doubleValue()) : OptionalDouble.empty();
    }

    /** A scalar's text, or the fallback when it is missing, null or a container. */
    public static String textOr(final JsonNode node, final String fallback) {
        return node == null || node.isNull() || node.isContainerNode() ? fallback : node.asText();
    }

    /** An object's scalar fields as text, in file order (for params, context and parameters maps). */
    public static Map<String, String> scalars(final JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        if (object != null && object.isObject()) {
            object.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                    values.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        return values;
    }

    /** A short description of a value for messages: its type and, for scalars, an excerpt. */
    public static String describe(final JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        if (node.isNull()) {
            return "null";
        }
        String kind = node.getNodeType().name().toLowerCase(Locale.ROOT);
        return node.isContainerNode() ? "an " + kind : kind + " " + shorten(node.toString());
    }

    private static String shorten(final String text) {
        return Excerpt.of(text);
    }
}
