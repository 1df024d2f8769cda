package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import io.jenkins.plugins.perftracker.core.model.PerfRun;

/**
 * A JSON result file read with Jackson's streaming parser under the kit's rules ({@link Json}): the outer array or
 * object is walked token by token and only one element at a time becomes a bounded tree, so a file with many
 * benchmarks, or with a huge field nobody reads, is read in bounded memory. After the body, nothing but white
 * space may follow the document.
 */
public final class JsonInput implements Closeable {
    /** The body of a reader: turns an opened input into a run. */
    @FunctionalInterface
    public interface Body {
        PerfRun parse(JsonInput in) throws IOException, ResultFormatException;
    }

    /** Handles one field of an object; it must read ({@link #value()}) or skip ({@link #skipValue()}) the value. */
    @FunctionalInterface
    public interface FieldHandler {
        void field(String name) throws IOException, ResultFormatException;
    }

    /** Handles one element of an array, given as a tree with its JSON path. */
    @FunctionalInterface
    public interface ElementHandler {
        void element(JsonNode node, String path) throws IOException, ResultFormatException;
    }

    private final Path file;
    private final JsonParser parser;
    private int elementLine;

    private JsonInput(final Path file, final JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** Opens the file, runs the body and turns malformed JSON and refused values into located errors. */
    public static PerfRun read(final Path file, final Body body) throws IOException, ResultFormatException {
        try (InputStream stream = Files.newInputStream(file)) {
            return read(file, stream, body);
        }
    }

    /** Reads from a stream (the file names the input in messages); the caller closes the stream. */
    public static PerfRun read(final Path file, final InputStream stream, final Body body)
            throws IOException, ResultFormatException {
        try (JsonInput in = new JsonInput(file, Json.parser(stream))) {
            PerfRun run = body.parse(in);
            Json.end(file, in.parser);
            return run;
        }
        catch (JsonProcessingException e) {
            throw Json.malformed(file, e);
        }
        catch (InvalidValueException e) {
            throw new ResultFormatException(file, "", e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Reads the first token, which must open the expected container.
     *
     * @param what the format's expectation for messages, e.g. "a JMH result array"
     */
    public void begin(final JsonToken expected, final String what) throws IOException, ResultFormatException {
        JsonToken first = first(what);
        if (first != expected) {
            throw error("$", what + " expected but found " + describe(first));
        }
    }

    /** Reads the first token; an empty file is refused as such. */
    public JsonToken first(final String what) throws IOException, ResultFormatException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new ResultFormatException(file, "", "empty file: " + what + " expected");
        }
        return first;
    }

    /**
     * Walks the fields of the object the parser is in: each known field goes to its handler, in file order, the
     * others are skipped. Returns the names of the known fields that were present.
     */
    public Set<String> fields(final Map<String, FieldHandler> handlers) throws IOException, ResultFormatException {
        Set<String> seen = new HashSet<>();
        for (String field = nextField(); field != null; field = nextField()) {
            FieldHandler handler = handlers.get(field);
            if (handler == null) {
                skipValue();
            }
            else {
                seen.add(field);
                handler.field(field);
            }
        }
        return seen;
    }

    /** Fails unless the field was among those {@link #fields(Map)} saw. */
    public void require(final Set<String> seen, final String field, final String what) throws ResultFormatException {
        if (!seen.contains(field)) {
            throw error("$." + field, what + " expected but was missing");
        }
    }

    /**
     * Walks the array the parser stands on (the root after {@link #begin}, or a field's value), one element tree at a
     * time, so the array may be as long as the file.
     */
    public void elements(final String path, final String what, final ElementHandler handler)
            throws IOException, ResultFormatException {
        if (current() != JsonToken.START_ARRAY) {
            throw error(path, what + " expected at " + position());
        }
        int index = 0;
        for (JsonNode element = nextElement(); element != null; element = nextElement()) {
            handler.element(element, path + "[" + index++ + "]");
        }
    }

    /** Inside an array: the next element as a tree, or {@code null} after the last one. */
    public JsonNode nextElement() throws IOException, ResultFormatException {
        return nextElement(null);
    }

    /** Inside an array: the next element, keeping only these top-level fields of an object (null: all). */
    public JsonNode nextElement(final Set<String> keep) throws IOException, ResultFormatException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            return null;
        }
        elementLine = parser.currentTokenLocation().getLineNr();
        return new TreeReader(file, parser).read(keep);
    }

    /** The line on which the element last returned by {@link #nextElement} starts. */
    public int elementLine() {
        return elementLine;
    }

    /** Inside an object: the next field's name (the parser then stands on its value), or {@code null} at the end. */
    public String nextField() throws IOException {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.FIELD_NAME) {
            return null;
        }
        parser.nextToken();
        return parser.currentName();
    }

    /** The token the parser stands on (after {@link #nextField()}: the field's value). */
    public JsonToken current() {
        return parser.currentToken();
    }

    /** Reads the value the parser stands on as a tree. */
    public JsonNode value() throws IOException, ResultFormatException {
        return new TreeReader(file, parser).read(null);
    }

    public void skipValue() throws IOException {
        parser.skipChildren();
    }

    /** The parser's position, for messages that must point into a big file. */
    public String position() {
        return Json.position(parser.currentLocation());
    }

    public ResultFormatException error(final String location, final String problem) {
        return new ResultFormatException(file, location, problem);
    }

    /** A token in words, for messages. */
    public static String describe(final JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(token);
        };
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
