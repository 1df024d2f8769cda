package io.jenkins.plugins.perftracker.core.ingest.perftracker;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jenkins.plugins.perftracker.core.ingest.json.JsonFieldException;
import io.jenkins.plugins.perftracker.core.ingest.json.JsonFields;
import io.jenkins.plugins.perftracker.core.model.EnvNode;

/** An environment tree given as text (the publish step's {@code env} option) in PerfTracker's env_nodes JSON. */
public final class PerfTrackerEnvNodes {
    private static final int MAX_LENGTH = 1 << 20;

    private PerfTrackerEnvNodes() {
    }

    /**
     * Parses one node object or a list of them, each with optional {@code children}.
     *
     * @throws IllegalArgumentException naming the JSON path of a bad value
     */
    public static List<EnvNode> parse(final String json) {
        if (json.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("env: at most " + MAX_LENGTH + " characters expected");
        }
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            List<EnvNode> nodes = new ArrayList<>();
            if (root != null && root.isArray()) {
                for (int i = 0; i < root.size(); i++) {
                    nodes.add(PerfTrackerFields.envNode(new JsonFields(root.get(i), "env[" + i + "]")));
                }
            }
            else {
                nodes.add(PerfTrackerFields.envNode(new JsonFields(root, "env")));
            }
            return nodes;
        }
        catch (JsonProcessingException e) {
            throw new IllegalArgumentException("env: not valid JSON: " + e.getOriginalMessage(), e);
        }
        catch (JsonFieldException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
