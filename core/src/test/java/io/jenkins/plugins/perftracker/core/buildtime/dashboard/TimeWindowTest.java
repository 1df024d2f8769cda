package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class TimeWindowTest {
    private final TimeWindow window = new TimeWindow(Instant.parse("2026-11-21T00:00:00Z"), 3600, 24);

    @Test
    void shouldLabelEveryIntervalByItsStart() {
        assertThat(window.labels()).hasSize(24).startsWith("2026-11-21T00:00:00Z", "2026-11-21T01:00:00Z")
                .endsWith("2026-11-21T23:00:00Z");
    }

    @Test
    void shouldPutSubSecondTimesIntoTheirInterval() {
        assertThat(window.bucket(Instant.parse("2026-11-21T00:59:59.999999999Z"))).isZero();
        assertThat(window.bucket(Instant.parse("2026-11-21T01:00:00Z"))).isEqualTo(1);
        assertThat(window.bucket(Instant.parse("2026-11-20T23:59:59.999Z"))).isEqualTo(-1);
    }

    @Test
    void shouldHandleTimesFarAwayFromTheWindow() {
        assertThat(window.bucket(Instant.EPOCH)).isEqualTo(-1);
        assertThat(window.bucket(Instant.parse("9999-01-01T00:00:00Z"))).isEqualTo(-1);
        assertThat(window.contains(Instant.parse("2026-11-21T12:00:00Z"))).isTrue();
        assertThat(window.contains(window.getEnd())).isFalse();
        assertThat(window.contains(window.getStart())).isTrue();
    }
}
