package io.jenkins.plugins.perftracker.core.buildtime.imports;

import java.util.LinkedHashMap;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.buildtime.BuildMatrix;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

/**
 * The step's {@code matrix} option: a Pipeline map ({@code matrix: [os: 'linux', jdk: '17']}) or, from the
 * Snippet Generator, text {@code os=linux, jdk=17}. Both become a {@link BuildMatrix}.
 */
public final class MatrixText {
    private static final int MAX_TEXT = 8192;

    private MatrixText() {
    }

    /** Parses {@code axis=value} pairs separated by commas; blank text is no matrix. */
    public static BuildMatrix parse(final String text) {
        if (text == null || text.isBlank()) {
            return BuildMatrix.EMPTY;
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidValueException("matrix", "at most " + MAX_TEXT + " characters expected");
        }
        Map<String, String> axes = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new InvalidValueException("matrix", "axis=value pairs separated by commas expected but found '"
                        + pair.strip() + "'");
            }
            axes.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return BuildMatrix.of(axes);
    }

    /** The text form of a map's entries, in its order; what {@link #parse} reads back. */
    public static String format(final Map<?, ?> axes) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<?, ?> axis : axes.entrySet()) {
            String key = String.valueOf(axis.getKey());
            String value = String.valueOf(axis.getValue());
            if (key.contains(",") || key.contains("=") || value.contains(",")) {
                throw new InvalidValueException("matrix", "axis names and values without ',' (and names without '=')"
                        + " expected but found " + key + "=" + value);
            }
            text.append(text.length() == 0 ? "" : ", ").append(key).append('=').append(value);
        }
        return text.toString();
    }
}
