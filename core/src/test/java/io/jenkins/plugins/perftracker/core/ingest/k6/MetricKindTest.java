package io.jenkins.plugins.perftracker.core.ingest.k6;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.*;

class MetricKindTest {
    @ParameterizedTest
    @CsvSource({
            "trend, time, TIME_TREND", "trend, data, DATA_TREND", "trend, default, TREND",
            "counter, default, COUNTER", "rate, default, RATE", "gauge, default, GAUGE", "other, x, GAUGE"})
    void shouldMapK6TypesToKinds(final String type, final String contains, final MetricKind kind) {
        assertThat(MetricKind.of(type, contains)).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({
            "'{\"avg\": 1, \"p(95)\": 2}', TIME_TREND", "'{\"passes\": 1, \"fails\": 0, \"value\": 1}', RATE",
            "'{\"count\": 3, \"rate\": 1}', COUNTER", "'{\"value\": 1, \"min\": 1, \"max\": 1}', GAUGE"})
    void shouldGuessTheKindOfLegacyMetrics(final String values, final MetricKind kind) throws Exception {
        assertThat(MetricKind.guess(new ObjectMapper().readTree(values))).isEqualTo(kind);
    }

    @Test
    void shouldGiveUnitsPerStatistic() {
        assertThat(MetricKind.TIME_TREND.unit("p(99)")).isEqualTo("ms");
        assertThat(MetricKind.DATA_TREND.unit("avg")).isEqualTo("B");
        assertThat(MetricKind.COUNTER.unit("rate")).isEqualTo("1/s");
        assertThat(MetricKind.COUNTER.unit("count")).isEqualTo("count");
        assertThat(MetricKind.RATE.unit("passes")).isEqualTo("count");
        assertThat(MetricKind.TREND.unit("avg")).isEqualTo("value");
    }

    @Test
    void shouldPreferFewerFailuresAndMoreSuccesses() {
        assertThat(MetricKind.COUNTER.lessIsBetter("iterations", "count")).isFalse();
        assertThat(MetricKind.COUNTER.lessIsBetter("dropped_iterations", "count")).isTrue();
        assertThat(MetricKind.RATE.lessIsBetter("checks", "rate")).isFalse();
        assertThat(MetricKind.RATE.lessIsBetter("checks", "fails")).isTrue();
        assertThat(MetricKind.RATE.lessIsBetter("http_req_failed", "passes")).isTrue();
        assertThat(MetricKind.TIME_TREND.lessIsBetter("iteration_duration", "max")).isTrue();
    }
}
