package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The command lists of a Travis build config ({@code install}, {@code script}, ...), used to name substages
 * that have a command but no fold: {@code stage.n} for the first stage (in config order) whose list holds the
 * command at position n (1-based), as Buildtime Trend's {@code get_substage_name()}.
 */
public final class TravisBuildConfig {
    /** A config without commands: unnamed substages keep an empty name. */
    public static final TravisBuildConfig NONE = new TravisBuildConfig(Map.of());

    private final Map<String, List<String>> commands;

    private TravisBuildConfig(final Map<String, List<String>> commands) {
        this.commands = commands;
    }

    /** A config from stage name to its commands, in the order given. */
    public static TravisBuildConfig of(final Map<String, List<String>> commands) {
        return new TravisBuildConfig(Collections.unmodifiableMap(new LinkedHashMap<>(commands)));
    }

    /** Reads the build's {@code config} object; entries that are not lists of strings are ignored. */
    public static TravisBuildConfig fromJson(final JsonNode config) {
        if (config == null || !config.isObject()) {
            return NONE;
        }
        Map<String, List<String>> commands = new LinkedHashMap<>();
        config.fields().forEachRemaining(entry -> {
            if (entry.getValue().isArray()) {
                List<String> list = new ArrayList<>();
                entry.getValue().forEach(item -> list.add(item.isTextual() ? item.asText() : item.toString()));
                commands.put(entry.getKey(), list);
            }
        });
        return of(commands);
    }

    /** The substage name of a command, or an empty name when no command list holds it. */
    public String substageName(final String command) {
        for (Map.Entry<String, List<String>> entry : commands.entrySet()) {
            int index = entry.getValue().indexOf(command);
            if (index >= 0) {
                return entry.getKey() + "." + (index + 1);
            }
        }
        return "";
    }
}
