package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class CsvFieldsTest {
    private static final byte[] ROW = "ab,\"c\"\"d\",,e".getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldGiveTextAndOffsetsOfEachField() {
        CsvFields fields = fields();

        assertThat(fields.count()).isEqualTo(4);
        assertThat(fields.text(0)).isEqualTo("ab");
        assertThat(fields.text(1)).isEqualTo("c\"d");
        assertThat(fields.isEmpty(2)).isTrue();
        assertThat(fields.start(3)).isEqualTo(12);
        assertThat(fields.end(3)).isEqualTo(13);
        assertThat(fields.buffer()).isSameAs(ROW);
    }

    @Test
    void shouldTellWhichFieldsNeedUnquoting() {
        CsvFields fields = fields();

        assertThat(fields.hasEscapedQuotes(0)).isFalse();
        assertThat(fields.hasEscapedQuotes(1)).isTrue();
    }

    @Test
    void shouldGrowToManyFieldsButStopAtTheLimit() {
        CsvFields fields = new CsvFields();
        fields.clear(ROW);
        for (int i = 0; i < 5000; i++) {
            fields.add(0, 1, false);
        }

        assertThat(fields.count()).isBetween(1024, 2048);
        fields.clear(ROW);
        assertThat(fields.count()).isZero();
    }

    private static CsvFields fields() {
        CsvFields fields = new CsvFields();
        fields.clear(ROW);
        fields.add(0, 2, false);
        fields.add(4, 8, true);
        fields.add(10, 10, false);
        fields.add(12, 13, false);
        return fields;
    }
}
