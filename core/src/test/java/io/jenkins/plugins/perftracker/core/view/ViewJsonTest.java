package io.jenkins.plugins.perftracker.core.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class ViewJsonTest {
    record Sample(String text, Double value) {
    }

    @Test
    void shouldKeepScriptEndingsOutOfHtmlSafeJson() throws Exception {
        Sample sample = new Sample("</script><!-- & \"x\"", 1.5);
        String json = ViewJson.writeForHtml(sample);
        assertThat(json).doesNotContain("<", ">", "&");
        assertThat(new ObjectMapper().readValue(json, Sample.class)).isEqualTo(sample);
    }

    @Test
    void shouldWriteFieldsInDeclaredOrderAndMapsSorted() {
        Map<String, Integer> map = new java.util.LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", 2);
        assertThat(ViewJson.write(map)).isEqualTo("{\"a\":2,\"b\":1}");
        assertThat(ViewJson.write(new Sample("t", null))).isEqualTo("{\"text\":\"t\",\"value\":null}");
        assertThat(ViewJson.write(new TreeMap<>(map))).isEqualTo(ViewJson.write(map));
    }

    @Test
    void shouldTurnNumbersJsonCannotHoldIntoNull() {
        assertThat(ViewJson.number(Double.NaN)).isNull();
        assertThat(ViewJson.number(Double.POSITIVE_INFINITY)).isNull();
        assertThat(ViewJson.number(2.5)).isEqualTo(2.5);
    }
}
