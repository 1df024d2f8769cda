package io.jenkins.plugins.perftracker.core.badge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class EndpointJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shouldWriteTheShieldsEndpointSchema() throws Exception {
        Badge badge = Badge.of("buildtime (week)", "3m 12s", BadgeColor.BLUE).withStyle(BadgeStyle.PLASTIC);

        JsonNode json = MAPPER.readTree(EndpointJson.of(badge, 600));

        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("label").asText()).isEqualTo("buildtime (week)");
        assertThat(json.get("message").asText()).isEqualTo("3m 12s");
        assertThat(json.get("color").asText()).isEqualTo("blue");
        assertThat(json.get("labelColor").asText()).isEqualTo("grey");
        assertThat(json.get("style").asText()).isEqualTo("plastic");
        assertThat(json.get("cacheSeconds").asInt()).isEqualTo(600);
    }

    @Test
    void shouldWriteHexColoursWithoutHashAndRaiseShortCacheTimes() throws Exception {
        Badge badge = Badge.of("a", "b", BadgeColor.parse("#ABCDEF").orElseThrow());

        JsonNode json = MAPPER.readTree(EndpointJson.of(badge, 30));

        assertThat(json.get("color").asText()).isEqualTo("abcdef");
        assertThat(json.get("cacheSeconds").asInt()).isEqualTo(300);
        assertThat(MAPPER.readTree(EndpointJson.of(badge, 0)).has("cacheSeconds")).isFalse();
    }

    @Test
    void shouldKeepHostileTextAsPlainJsonStrings() throws Exception {
        String hostile = "\"}, \"color\": \"red\", \"x\": {\"</script>";
        Badge badge = Badge.of(hostile, hostile, BadgeColor.GREEN);

        JsonNode json = MAPPER.readTree(EndpointJson.of(badge, 600));

        assertThat(json.get("label").asText()).isEqualTo(hostile);
        assertThat(json.get("color").asText()).isEqualTo("green");
        assertThat(json.size()).isEqualTo(7);
    }
}
