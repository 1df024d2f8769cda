package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.buildtime.BuildMatrix;

/** The build matrix of a Travis job config, as Buildtime Trend's {@code set_build_matrix()} reads it. */
final class TravisMatrix {
    /** Config key to matrix axis name; {@code env} becomes {@code parameters}. */
    private static final Map<String, String> PARAMETERS = new LinkedHashMap<>();

    static {
        for (String key : new String[] {"ghc", "jdk", "lein", "mono", "node_js", "otp_release", "rvm", "gemfile",
                "xcode_sdk", "xcode_scheme", "compiler", "os"}) {
            PARAMETERS.put(key, key);
        }
        PARAMETERS.put("env", "parameters");
    }

    private TravisMatrix() {
    }

    static BuildMatrix of(final JsonNode config) {
        if (!config.isObject()) {
            return BuildMatrix.EMPTY;
        }
        Map<String, String> axes = new LinkedHashMap<>();
        if (config.has("language")) {
            language(config, text(config.get("language")), axes);
        }
        PARAMETERS.forEach((key, axis) -> {
            if (config.has(key)) {
                axes.put(axis, text(config.get(key)));
            }
        });
        return BuildMatrix.of(axes);
    }

    /** The language and its version (the config key named like the language); Android lists components. */
    private static void language(final JsonNode config, final String language, final Map<String, String> axes) {
        axes.put("language", language);
        JsonNode version = config.get(language);
        if (version != null && "android".equals(language)) {
            axes.put("language_components", joined(version.path("components")));
        }
        else if (version != null) {
            axes.put("language_version", text(version));
        }
    }

    private static String text(final JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static String joined(final JsonNode list) {
        StringBuilder text = new StringBuilder();
        list.forEach(item -> text.append(text.length() == 0 ? "" : " ").append(text(item)));
        return text.toString();
    }
}
