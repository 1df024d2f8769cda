package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.Excerpt;

/**
 * Typed, path-aware access to the fields of a parsed JSON object (PerfTracker's upload format, whose numbers and
 * booleans are also accepted as text as the server does). Every refusal names the JSON path of the field and
 * what was expected, through {@link JsonFieldException}; whole numbers must fit ({@link Json#exactLong}).
 */
public final class JsonFields {
    private final JsonNode node;
    private final String path;

    public JsonFields(final JsonNode node, final String path) {
        if (node == null || !node.isObject()) {
            throw new JsonFieldException(path, "an object expected but was " + describe(node));
        }
        this.node = node;
        this.path = path;
    }

    public String path() {
        return path;
    }

    public String path(final String field) {
        return path + "." + field;
    }

    public boolean has(final String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    public JsonNode get(final String field) {
        return node.get(field);
    }

    /** A text field; numbers and booleans are accepted in their JSON spelling, as Python's str() would do. */
    public String text(final String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        throw new JsonFieldException(path(field), "a text expected but was " + describe(value));
    }

    public Optional<Double> number(final String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(toDouble(value, path(field)));
    }

    /** A whole number that fits a long; one that does not fit is refused, never wrapped or cut. */
    public long wholeNumber(final String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return 0;
        }
        OptionalLong whole = Json.exactLong(value);
        if (whole.isPresent()) {
            return whole.getAsLong();
        }
        throw new JsonFieldException(path(field), "a whole number expected, from " + Long.MIN_VALUE + " to "
                + Long.MAX_VALUE + ", but was " + describe(value));
    }

    /** A whole number that fits an int (counts, sequence numbers); a larger one is refused. */
    public int wholeInt(final String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return 0;
        }
        OptionalLong whole = Json.exactInt(value);
        if (whole.isPresent()) {
            return (int) whole.getAsLong();
        }
        throw new JsonFieldException(path(field), "a whole number expected, from " + Integer.MIN_VALUE
                + " to " + Integer.MAX_VALUE + ", but was " + describe(value));
    }

    /** {@code true}/{@code false}, or exactly 0 or 1 as Python's bool() of an int would have written. */
    public boolean bool(final String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        OptionalLong number = Json.exactLong(value);
        if (number.isPresent() && (number.getAsLong() == 0 || number.getAsLong() == 1)) {
            return number.getAsLong() == 1;
        }
        throw new JsonFieldException(path(field), "true or false expected but was " + describe(value));
    }

    /** A list of numbers; a single number counts as a list of one. */
    public double[] numbers(final String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return new double[0];
        }
        if (!value.isArray()) {
            return new double[] {toDouble(value, path(field))};
        }
        double[] result = new double[value.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = toDouble(value.get(i), path(field) + "[" + i + "]");
        }
        return result;
    }

    /** A {name: url} map; PerfTracker stores a plain string s as {s: s}. */
    public Map<String, String> links(final String field) {
        JsonNode value = node.get(field);
        Map<String, String> links = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return links;
        }
        if (value.isTextual()) {
            links.put(value.asText(), value.asText());
            return links;
        }
        return stringMap(field);
    }

    /** An object of scalar values, kept as texts in their order. */
    public Map<String, String> stringMap(final String field) {
        JsonNode value = node.get(field);
        Map<String, String> map = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return map;
        }
        if (!value.isObject()) {
            throw new JsonFieldException(path(field), "an object of names and values expected but was "
                    + describe(value));
        }
        value.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().isValueNode()
                ? e.getValue().asText() : e.getValue().toString()));
        return map;
    }

    /** A list of texts; a single text counts as a list of one. */
    public List<String> texts(final String field) {
        JsonNode value = node.get(field);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (!value.isArray()) {
            texts.add(text(field));
            return texts;
        }
        for (JsonNode item : value) {
            texts.add(item.isValueNode() ? item.asText() : item.toString());
        }
        return texts;
    }

    /** An ISO-8601 time that must carry its offset, as PerfTracker's server demands. */
    public OffsetDateTime time(final String field) {
        String text = text(field);
        return text.isEmpty() ? null : IsoTimes.parse(path(field), text);
    }

    private static double toDouble(final JsonNode value, final String at) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual()) {
            try {
                return Double.parseDouble(value.asText().trim());
            }
            catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new JsonFieldException(at, "a number expected but was " + describe(value));
    }

    static String describe(final JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
                + (value.isContainerNode() ? "" : Excerpt.of(value.toString()));
    }
}
