package io.jenkins.plugins.perftracker.core.travis;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Maps Travis API v3 JSON ({@code builds}, {@code jobs}) to plain values; errors name the JSON path. */
final class TravisV3Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TravisV3Json() {
    }

    static List<TravisBuild> builds(final JsonNode root) throws TravisPayloadException {
        List<TravisBuild> builds = new ArrayList<>();
        for (JsonNode node : array(root, "builds")) {
            builds.add(build(node, "$.builds[" + builds.size() + "]"));
        }
        return builds;
    }

    static TravisBuild build(final JsonNode node, final String path) throws TravisPayloadException {
        try {
            JsonFields fields = new JsonFields(node);
            List<Long> jobIds = new ArrayList<>();
            for (JsonNode job : array(node, "jobs")) {
                jobIds.add(new JsonFields(job).requiredLong("id"));
            }
            return new TravisBuild(fields.requiredLong("id"), fields.requiredInt("number"), fields.text("state"),
                    fields.text("event_type"), fields.text("branch.name"), fields.text("commit.sha"),
                    fields.optionalInt("pull_request_number"), fields.text("pull_request_title"),
                    instant(fields, "started_at"), instant(fields, "finished_at"), jobIds);
        } catch (TravisPayloadException e) {
            throw new TravisPayloadException(path + e.getPath().substring(1), e.getMessage(), e);
        }
    }

    static List<TravisJob> jobs(final JsonNode root) throws TravisPayloadException {
        List<TravisJob> jobs = new ArrayList<>();
        for (JsonNode node : array(root, "jobs")) {
            String path = "$.jobs[" + jobs.size() + "]";
            try {
                JsonFields fields = new JsonFields(node);
                jobs.add(new TravisJob(fields.requiredLong("id"), fields.text("number"), fields.text("state"),
                        instant(fields, "started_at"), instant(fields, "finished_at"), config(node)));
            } catch (TravisPayloadException e) {
                throw new TravisPayloadException(path + e.getPath().substring(1), e.getMessage(), e);
            }
        }
        return jobs;
    }

    private static Map<String, Object> config(final JsonNode job) {
        JsonNode config = job.path("config");
        if (!config.isObject()) {
            return Map.of();
        }
        Map<String, Object> values = MAPPER.convertValue(config, new TypeReference<LinkedHashMap<String, Object>>() {
        });
        values.values().removeIf(java.util.Objects::isNull);
        return values;
    }

    private static List<JsonNode> array(final JsonNode root, final String field) throws TravisPayloadException {
        JsonNode array = root.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new TravisPayloadException("$." + field, "an array expected but was " + array.getNodeType());
        }
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private static Optional<Instant> instant(final JsonFields fields, final String path)
            throws TravisPayloadException {
        String text = fields.text(path);
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new TravisPayloadException("$." + path, "an ISO-8601 time expected", e);
        }
    }
}
