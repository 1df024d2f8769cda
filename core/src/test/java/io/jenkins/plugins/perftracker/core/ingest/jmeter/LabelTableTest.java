package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class LabelTableTest {
    @Test
    void shouldFindALabelByItsBytesInsideALargerBuffer() {
        LabelTable table = new LabelTable(10, 5);
        byte[] row = "1000,12,GET /home,200".getBytes(StandardCharsets.UTF_8);

        LabelStats first = table.get(row, 8, 17);

        assertThat(first.label()).isEqualTo("GET /home");
        assertThat(table.get("GET /home")).isSameAs(first);
        assertThat(table.labels()).containsExactly(first);
    }

    @Test
    void shouldKeepManyLabelsApartAndInOrderOfFirstSight() {
        LabelTable table = new LabelTable(1000, 1);
        for (int i = 0; i < 700; i++) {
            table.get("label " + i);
        }

        assertThat(table.labels()).hasSize(700);
        assertThat(table.labels().get(0).label()).isEqualTo("label 0");
        assertThat(table.labels().get(699).label()).isEqualTo("label 699");
        assertThat(table.get("label 350")).isSameAs(table.labels().get(350));
    }

    @Test
    void shouldDecodeUtf8Labels() {
        LabelTable table = new LabelTable(10, 1);

        assertThat(table.get("Übersicht – 日本").label()).isEqualTo("Übersicht – 日本");
    }

    @Test
    void shouldCountRowsOfLabelsBeyondTheCap() {
        LabelTable table = new LabelTable(2, 1);
        table.get("a");
        table.get("b");

        assertThat(table.get("c")).isNull();
        assertThat(table.get("c")).isNull();
        assertThat(table.get("a")).isNotNull();
        assertThat(table.overflowRows()).isEqualTo(2);
        assertThat(table.labels()).hasSize(2);
    }
}
