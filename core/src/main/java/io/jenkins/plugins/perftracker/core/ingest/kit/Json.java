package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/**
 * The one JSON configuration every reader uses, with the rules Jackson does not apply by default: a duplicate key
 * is refused (not "last wins"), nesting is at most {@link #MAX_DEPTH}, a string at most {@link #MAX_STRING}
 * characters, content after the document is refused, and whole numbers are taken only when they fit
 * ({@link #exactLong}). A UTF-8 byte-order mark is skipped and UTF-16/32 are decoded by Jackson's own detection.
 * Bare {@code NaN} and {@code Infinity} are accepted (JMH and Python write them); readers decide what they mean.
 */
public final class Json {
    public static final int MAX_DEPTH = 64;
    /** The longest string read into memory (a longer one is refused; skipped values are not held). */
    public static final int MAX_STRING = 16 * 1024 * 1024;
    /** The largest file read into memory whole (k6, Gatling and BenchmarkDotNet summaries). */
    public static final long MAX_TREE_FILE = 64L * 1024 * 1024;
    private static final double TWO_TO_63 = 0x1p63;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxNumberLength(400).maxStringLength(MAX_STRING).build())
            .build();

    private Json() {
    }

    /** A streaming parser over the input; the caller closes both. */
    public static JsonParser parser(final InputStream in) throws IOException {
        return FACTORY.createParser(in);
    }

    /** A streaming parser over a text (a go test -json line, the publish step's {@code env} option). */
    public static JsonParser parser(final String text) throws IOException {
        return FACTORY.createParser(text);
    }

    /** Reads a whole small file as a tree: the size is capped, the tree bounded, and only one document allowed. */
    public static JsonNode tree(final Path file) throws IOException, ResultFormatException {
        long size = Files.size(file);
        if (size == 0) {
            throw new ResultFormatException(file, "", "empty file: a JSON document expected");
        }
        if (size > MAX_TREE_FILE) {
            throw new ResultFormatException(file, "", "at most " + MAX_TREE_FILE
                    + " bytes expected for a summary read whole, but the file has " + size);
        }
        try (InputStream in = Files.newInputStream(file); JsonParser parser = parser(in)) {
            return document(file, parser, "");
        }
    }

    /** Reads one document from a text, such as one line of an NDJSON file; errors carry this location. */
    public static JsonNode tree(final Path file, final String text, final String location)
            throws ResultFormatException {
        try (JsonParser parser = parser(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            return document(file, parser, location);
        }
        catch (IOException e) {
            throw new ResultFormatException(file, location, "unreadable JSON: " + e.getMessage(), e);
        }
    }

    private static JsonNode document(final Path file, final JsonParser parser, final String location)
            throws IOException, ResultFormatException {
        try {
            if (parser.nextToken() == null) {
                throw new ResultFormatException(file, location, (location.isEmpty() ? "empty file" : "empty input")
                        + ": a JSON document expected");
            }
            JsonNode root = new TreeReader(file, parser).read(null);
            end(file, parser);
            return root;
        }
        catch (JsonProcessingException e) {
            ResultFormatException located = malformed(file, e);
            throw new ResultFormatException(file, location.isEmpty() ? located.getLocation() : location,
                    located.getProblem(), e);
        }
    }

    /** Refuses anything but white space after the document the parser has just closed. */
    public static void end(final Path file, final JsonParser parser) throws IOException, ResultFormatException {
        JsonToken next = parser.nextToken();
        if (next != null) {
            throw new ResultFormatException(file, position(parser.currentTokenLocation()),
                    "one JSON document expected but more content follows it");
        }
    }

    /** The parser's own complaint (malformed or truncated JSON, a duplicate key, a bound), with its position. */
    public static ResultFormatException malformed(final Path file, final JsonProcessingException e) {
        return new ResultFormatException(file, position(e.getLocation()),
                "malformed or truncated JSON: " + e.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; ", "["), e);
    }

    public static String position(final JsonLocation at) {
        return at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /**
     * A JSON number as a whole number if it is one and fits a long: {@code 4294967296}, {@code 3.0} and {@code 1e3}
     * are whole; {@code 2^64+1}, {@code 1e23} and {@code 1.5} are not (empty), so they cannot wrap or be cut.
     */
    public static OptionalLong exactLong(final JsonNode node) {
        if (node == null || !node.isNumber()) {
            return OptionalLong.empty();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? OptionalLong.of(node.longValue()) : OptionalLong.empty();
        }
        if (node.isBigDecimal()) {
            try {
                return OptionalLong.of(node.decimalValue().stripTrailingZeros().longValueExact());
            }
            catch (ArithmeticException e) {
                return OptionalLong.empty();
            }
        }
        double value = node.doubleValue();
        boolean whole = value == Math.rint(value) && value >= -TWO_TO_63 && value < TWO_TO_63;
        return whole ? OptionalLong.of((long) value) : OptionalLong.empty();
    }

    /** A whole number that fits an int (counts, CPU numbers), else empty. */
    public static OptionalLong exactInt(final JsonNode node) {
        OptionalLong value = exactLong(node);
        return value.isPresent() && value.getAsLong() == (int) value.getAsLong() ? value : OptionalLong.empty();
    }
}
