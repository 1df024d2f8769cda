package io.jenkins.plugins.perftracker.core.travis;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class JsonFieldsTest {
    private static JsonFields fields(final String json) throws Exception {
        return new JsonFields(new ObjectMapper().readTree(json));
    }

    @Test
    void shouldReadScalarsAsTextAndNestedPaths() throws Exception {
        JsonFields fields = fields("{\"a\": {\"b\": 12}, \"t\": true, \"n\": null, \"s\": \"x\"}");

        assertThat(fields.text("a.b")).isEqualTo("12");
        assertThat(fields.text("t")).isEqualTo("true");
        assertThat(fields.text("n")).isEmpty();
        assertThat(fields.text("missing.deeper")).isEmpty();
        assertThat(fields.requiredLong("a.b")).isEqualTo(12);
        assertThat(fields.optionalInt("n")).isEmpty();
        assertThat(fields.optionalInt("a.b")).contains(12);
    }

    @Test
    void shouldRefuseContainersWhereTextIsExpected() throws Exception {
        JsonFields fields = fields("{\"a\": [1], \"o\": {}}");

        assertThatExceptionOfType(TravisPayloadException.class).isThrownBy(() -> fields.text("a"))
                .withMessageContaining("$.a").withMessageContaining("ARRAY");
        assertThatExceptionOfType(TravisPayloadException.class).isThrownBy(() -> fields.text("o"))
                .withMessageContaining("OBJECT");
    }

    @Test
    void shouldAbbreviateLongValuesInMessages() throws Exception {
        JsonFields fields = fields("{\"n\": \"" + "9x".repeat(100) + "\"}");

        assertThatExceptionOfType(TravisPayloadException.class).isThrownBy(() -> fields.requiredLong("n"))
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(120))
                .withMessageContaining("…");
    }
}
