package io.jenkins.plugins.perftracker.core.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Writes view models as JSON: deterministic (declared field order, sorted maps) and safe inside HTML. */
public final class ViewJson {
    private ViewJson() {
    }

    /**
     * The mapper, built on first use: the view builders call {@link #number} for every value, and the command
     * line's text output must not pay for starting Jackson (tens of milliseconds of a sub-second run).
     */
    private static final class Mapper {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    /** The model as compact JSON. */
    public static String write(final Object model) {
        try {
            return Mapper.MAPPER.writeValueAsString(model);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("view model cannot be written as JSON: " + model.getClass(), e);
        }
    }

    /**
     * The model as JSON that may stand inside an HTML {@code <script>} element: '<', '>' and '&' only occur in
     * JSON strings, where their \\u escapes mean the same, so no "</script>" or "<!--" can end the element.
     */
    public static String writeForHtml(final Object model) {
        return write(model).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** A number for JSON: null instead of NaN or infinity, which JSON cannot express. */
    static Double number(final double value) {
        return Double.isFinite(value) ? value : null;
    }
}
