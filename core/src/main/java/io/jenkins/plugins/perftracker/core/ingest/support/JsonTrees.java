package io.jenkins.plugins.perftracker.core.ingest.support;

import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/** Small JSON documents read whole (a Criterion.rs estimates file, one go test -json line) and JSON syntax errors. */
public final class JsonTrees {
    private JsonTrees() {
    }

    /** Reads a whole small file (a Criterion.rs estimates file, one NDJSON line …) as a tree. */
    public static JsonNode tree(final Path file, final String content, final String location)
            throws ResultFormatException {
        try {
            JsonNode node = JsonInput.MAPPER.readTree(content);
            if (node == null || node.isMissingNode()) {
                throw new ResultFormatException(file, location, "empty input: a JSON value expected");
            }
            return node;
        }
        catch (JsonProcessingException e) {
            ResultFormatException located = malformed(file, e);
            throw new ResultFormatException(file, location.isEmpty() ? located.getLocation() : location,
                    located.getProblem(), e);
        }
    }

    static ResultFormatException malformed(final Path file, final JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String location = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new ResultFormatException(file, location, "malformed or truncated JSON: " + e.getOriginalMessage(), e);
    }
}
