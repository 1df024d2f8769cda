package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/**
 * Reads a JSON result file into a tree and takes typed values out of it. Summary files (k6, Gatling,
 * BenchmarkDotNet) are small, so a tree is simpler than streaming; the size bound keeps a wrong file from
 * exhausting memory. {@code NaN} and {@code Infinity} are accepted by the parser so that a reader can decide
 * what a non-finite value means instead of failing on the syntax.
 */
public final class JsonTree {
    /** The largest JSON summary read into memory (a tree takes several times its file's size). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private JsonTree() {
    }

    /** The file's root node; an empty, truncated or malformed file is refused with its line and column. */
    public static JsonNode read(final Path file) throws IOException, ResultFormatException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new ResultFormatException(file, "", "at most " + MAX_BYTES + " bytes of JSON expected but the file has "
                    + size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || root.isMissingNode()) {
                throw new ResultFormatException(file, "", "a JSON document expected but the file is empty");
            }
            return root;
        }
        catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String location = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ResultFormatException(file, location, "valid JSON expected: " + e.getOriginalMessage(), e);
        }
    }

    /** The object at this path, or a refusal naming the path. */
    public static JsonNode object(final Path file, final JsonNode node, final String path)
            throws ResultFormatException {
        if (node == null || !node.isObject()) {
            throw new ResultFormatException(file, path, "an object expected but was " + describe(node));
        }
        return node;
    }

    /** The number at this path; a missing value or text is refused, NaN and infinities are returned as such. */
    public static double number(final Path file, final JsonNode node, final String path)
            throws ResultFormatException {
        if (node == null || !node.isNumber()) {
            throw new ResultFormatException(file, path, "a number expected but was " + describe(node));
        }
        return node.doubleValue();
    }

    /** The number at this path if there is one; text such as Gatling's {@code "-"} counts as absent. */
    public static OptionalDouble optionalNumber(final JsonNode node) {
        return node != null && node.isNumber() ? OptionalDouble.of(node.doubleValue()) : OptionalDouble.empty();
    }

    /** The text at this path, or the fallback when it is missing or null. */
    public static String text(final JsonNode node, final String fallback) {
        return node == null || node.isNull() || node.isContainerNode() ? fallback : node.asText();
    }

    /** A short description of a node for messages: its type and, for scalars, its value. */
    public static String describe(final JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        if (node.isContainerNode()) {
            return node.isObject() ? "an object" : "an array";
        }
        String text = node.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
