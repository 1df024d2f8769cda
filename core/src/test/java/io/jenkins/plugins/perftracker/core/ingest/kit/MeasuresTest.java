package io.jenkins.plugins.perftracker.core.ingest.kit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class MeasuresTest {
    @Test
    void shouldKeepShortNamesAsTheyAre() {
        assertThat(Measures.fit("GET /login", 128)).isEqualTo("GET /login");
    }

    @Test
    void shouldCutLongNamesAndKeepThemApart() {
        String common = "x".repeat(200);
        String a = Measures.group(common + "a");
        String b = Measures.group(common + "b");

        assertThat(a).hasSize(128).startsWith("xxxx").isNotEqualTo(b);
        assertThat(Measures.group(common + "a")).isEqualTo(a);
        assertThat(Measures.tag("y".repeat(600))).hasSize(512);
    }

    @Test
    void shouldRecogniseMetricsWhereMoreIsWorse() {
        assertThat(Measures.soundsBad("http_req_failed")).isTrue();
        assertThat(Measures.soundsBad("dropped_iterations")).isTrue();
        assertThat(Measures.soundsBad("Errors")).isTrue();
        assertThat(Measures.soundsBad("checks")).isFalse();
        assertThat(Measures.soundsBad("http_reqs")).isFalse();
    }
}
