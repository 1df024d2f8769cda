package io.jenkins.plugins.perftracker.core.badge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A badge as shields.io "endpoint" JSON ({@code https://shields.io/badges/endpoint-badge}), so that users
 * with internet access may still let shields.io draw it: {@code schemaVersion} 1, {@code label},
 * {@code message}, {@code color}, {@code labelColor}, {@code style} and, when known, {@code cacheSeconds}.
 * Jackson writes the strings, so the JSON is always valid whatever the text.
 */
public final class EndpointJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** shields.io ignores shorter cache lifetimes than this. */
    static final int MIN_CACHE_SECONDS = 300;

    private EndpointJson() {
    }

    /** The endpoint JSON of the badge; {@code cacheSeconds} is left out when not positive. */
    public static String of(final Badge badge, final int cacheSeconds) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("schemaVersion", 1);
        json.put("label", badge.getLabel());
        json.put("message", badge.getMessage());
        json.put("color", badge.getColor().getName());
        json.put("labelColor", badge.getLabelColor().getName());
        json.put("style", badge.getStyle().getId());
        if (cacheSeconds > 0) {
            json.put("cacheSeconds", Math.max(MIN_CACHE_SECONDS, cacheSeconds));
        }
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings and numbers is always writable", e);
        }
    }
}
