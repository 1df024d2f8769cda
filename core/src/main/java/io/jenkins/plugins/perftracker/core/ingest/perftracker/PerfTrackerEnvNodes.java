package io.jenkins.plugins.perftracker.core.ingest.perftracker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.kit.Json;
import io.jenkins.plugins.perftracker.core.ingest.kit.JsonFieldException;
import io.jenkins.plugins.perftracker.core.ingest.kit.JsonFields;
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
            JsonNode root = Json.tree(Path.of("env"), json, "");
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
        catch (ResultFormatException e) {
            throw new IllegalArgumentException("env: not valid JSON: " + e.getProblem(), e);
        }
        catch (JsonFieldException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
