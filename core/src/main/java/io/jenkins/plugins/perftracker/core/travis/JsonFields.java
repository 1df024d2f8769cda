package io.jenkins.plugins.perftracker.core.travis;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed access to fields of a JSON tree by dotted path, with errors naming the JSON path. */
final class JsonFields {
    private static final int MAX_TEXT = 1024;
    private final JsonNode root;

    JsonFields(final JsonNode root) {
        this.root = root;
    }

    JsonNode node(final String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    /** The field as text, empty when missing or null; numbers and booleans are converted. */
    String text(final String path) throws TravisPayloadException {
        JsonNode node = node(path);
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (!node.isValueNode()) {
            throw new TravisPayloadException("$." + path, "a text value expected but was " + node.getNodeType());
        }
        String text = node.asText();
        if (text.length() > MAX_TEXT) {
            throw new TravisPayloadException("$." + path, "at most " + MAX_TEXT + " characters expected");
        }
        return text;
    }

    String requiredText(final String path) throws TravisPayloadException {
        String text = text(path);
        if (text.isEmpty()) {
            throw new TravisPayloadException("$." + path, "a value expected but it is missing");
        }
        return text;
    }

    long requiredLong(final String path) throws TravisPayloadException {
        String text = requiredText(path);
        try {
            long value = Long.parseLong(text.trim());
            if (value < 0) {
                throw new NumberFormatException("negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new TravisPayloadException("$." + path, "a non-negative integer expected but was '"
                    + abbreviate(text) + "'", e);
        }
    }

    int requiredInt(final String path) throws TravisPayloadException {
        long value = requiredLong(path);
        if (value > Integer.MAX_VALUE) {
            throw new TravisPayloadException("$." + path, "at most " + Integer.MAX_VALUE + " expected");
        }
        return (int) value;
    }

    Optional<Integer> optionalInt(final String path) throws TravisPayloadException {
        return text(path).isEmpty() ? Optional.empty() : Optional.of(requiredInt(path));
    }

    static String abbreviate(final String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
