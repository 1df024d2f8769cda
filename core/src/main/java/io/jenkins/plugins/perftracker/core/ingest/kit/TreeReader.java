package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/**
 * Builds a tree of the value the parser stands on within a budget of nodes and characters, so one element of a
 * streamed file, or a whole summary, cannot take more memory than the budget whatever the file holds. Fields a
 * reader does not know may be skipped at the top level without being held at all.
 */
final class TreeReader {
    /** Nodes in one tree: a million samples in one test, or a Gatling summary of some 25,000 requests. */
    static final int MAX_NODES = 1_000_000;
    /** Characters of text and names in one tree. */
    static final long MAX_CHARS = 32L * 1024 * 1024;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path file;
    private final JsonParser parser;
    private int nodes;
    private long chars;

    TreeReader(final Path file, final JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /**
     * Reads the value the parser stands on.
     *
     * @param keep the top-level fields to keep when the value is an object (others are skipped), or null for all
     */
    JsonNode read(final Set<String> keep) throws IOException, ResultFormatException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return object(keep);
        }
        if (token == JsonToken.START_ARRAY) {
            return array();
        }
        return scalar(token);
    }

    private ObjectNode object(final Set<String> keep) throws IOException, ResultFormatException {
        ObjectNode object = count(NODES.objectNode());
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            parser.nextToken();
            if (keep != null && !keep.contains(name)) {
                parser.skipChildren();
                continue;
            }
            chars += name.length();
            object.set(name, read(null));
        }
        return object;
    }

    private ArrayNode array() throws IOException, ResultFormatException {
        ArrayNode array = count(NODES.arrayNode());
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(read(null));
        }
        return array;
    }

    private JsonNode scalar(final JsonToken token) throws IOException, ResultFormatException {
        return count(switch (token) {
            case VALUE_STRING -> text(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT, LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new ResultFormatException(file, Json.position(parser.currentTokenLocation()),
                    "a JSON value expected but found " + token);
        });
    }

    private JsonNode text(final String value) throws ResultFormatException {
        chars += value.length();
        return NODES.textNode(value);
    }

    private <T extends JsonNode> T count(final T node) throws ResultFormatException {
        if (++nodes > MAX_NODES || chars > MAX_CHARS) {
            throw new ResultFormatException(file, Json.position(parser.currentTokenLocation()),
                    "this value is too large to read: at most " + MAX_NODES + " values and " + MAX_CHARS
                            + " characters are read into memory per element");
        }
        return node;
    }
}
