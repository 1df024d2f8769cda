package io.jenkins.plugins.perftracker.core.travis;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.kit.Json;

/**
 * Reads a Travis webhook payload: bounded in size and nesting, every required field checked, errors naming
 * the JSON path. Travis sends the build number as a string ({@code "4601"}); numbers are accepted too.
 */
public final class TravisPayloadParser {
    /** Larger payloads are refused before parsing (Travis' own are a few KB). */
    public static final int MAX_PAYLOAD_CHARS = 1 << 20;
    private static final int MAX_JOBS = 10_000;
    /** What errors name as the file: the webhook's form field. */
    private static final Path PAYLOAD = Path.of("payload");

    /** Parses the decoded value of the {@code payload} form field. */
    public TravisPayload parse(final String payload) throws TravisPayloadException {
        if (payload == null || payload.isBlank()) {
            throw new TravisPayloadException("$", "a JSON object expected but the payload is empty");
        }
        if (payload.length() > MAX_PAYLOAD_CHARS) {
            throw new TravisPayloadException("$", "at most " + MAX_PAYLOAD_CHARS + " characters expected but was "
                    + payload.length());
        }
        JsonNode root = read(payload);
        JsonFields fields = new JsonFields(root);
        RepoSlug slug = slug(fields);
        return new TravisPayload(slug, fields.requiredLong("id"), fields.requiredInt("number"),
                fields.text("state"), fields.text("type"), fields.text("branch"), fields.text("commit"),
                fields.optionalInt("pull_request_number"), instant(fields, "started_at"),
                instant(fields, "finished_at"), jobIds(root));
    }

    /** One JSON object, read by the engine's one JSON kit: strict numbers, no duplicate keys, nothing after it. */
    private static JsonNode read(final String payload) throws TravisPayloadException {
        try {
            JsonNode root = Json.tree(PAYLOAD, payload, "");
            if (!root.isObject()) {
                throw new TravisPayloadException("$", "a JSON object expected");
            }
            return root;
        } catch (ResultFormatException e) {
            String where = e.getLocation().isEmpty() ? "" : " (" + e.getLocation() + ")";
            throw new TravisPayloadException("$", "valid JSON expected" + where + ": " + e.getProblem(), e);
        }
    }

    private static RepoSlug slug(final JsonFields fields) throws TravisPayloadException {
        String owner = fields.requiredText("repository.owner_name");
        String name = fields.requiredText("repository.name");
        return RepoSlug.parse(owner + "/" + name).orElseThrow(() -> new TravisPayloadException(
                "$.repository", "owner_name and name of a repository expected (letters, digits, - _ .)"));
    }

    private static Optional<Instant> instant(final JsonFields fields, final String path)
            throws TravisPayloadException {
        String text = fields.text(path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new TravisPayloadException("$." + path, "an ISO-8601 time expected but was '"
                    + JsonFields.abbreviate(text) + "'", e);
        }
    }

    private static List<Long> jobIds(final JsonNode root) throws TravisPayloadException {
        JsonNode matrix = root.path("matrix");
        List<Long> ids = new ArrayList<>();
        if (!matrix.isArray()) {
            return ids;
        }
        if (matrix.size() > MAX_JOBS) {
            throw new TravisPayloadException("$.matrix", "at most " + MAX_JOBS + " jobs expected");
        }
        for (int i = 0; i < matrix.size(); i++) {
            JsonNode id = matrix.get(i).path("id");
            if (!id.canConvertToLong() || !id.isIntegralNumber()) {
                throw new TravisPayloadException("$.matrix[" + i + "].id", "a job id (integer) expected");
            }
            ids.add(id.asLong());
        }
        return ids;
    }
}
