package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class LabelStatsTest {
    @Test
    void shouldKeepEverySampleWhileUnderTheBound() {
        LabelStats stats = new LabelStats("a", 100);
        for (int ms = 1; ms <= 40; ms++) {
            stats.add(ms, 1_000 + ms, ms % 10 != 0);
        }

        assertThat(stats.retained()).hasSize(40).startsWith(1, 2, 3).endsWith(40);
        assertThat(stats.retainedCapacity()).isLessThanOrEqualTo(64);
        assertThat(stats.min()).isEqualTo(1);
        assertThat(stats.max()).isEqualTo(40);
        assertThat(stats.errors()).isEqualTo(4);
        assertThat(stats.percentile(50)).isEqualTo(20);
        // from 1001 to 1040 + 40
        assertThat(stats.throughput()).isEqualTo(40 * 1000.0 / 79);
    }

    @Test
    void shouldKeepNoSamplesWithABoundOfZero() {
        LabelStats stats = new LabelStats("a", 0);
        stats.add(5, 1, true);
        stats.add(6, 2, true);

        assertThat(stats.retained()).isEmpty();
        assertThat(stats.count()).isEqualTo(2);
    }

    @Test
    void shouldReplaceSamplesDeterministicallyOnceFull() {
        LabelStats first = new LabelStats("same", 10);
        LabelStats second = new LabelStats("same", 10);
        for (int i = 0; i < 10_000; i++) {
            first.add(i, i, true);
            second.add(i, i, true);
        }

        assertThat(first.retained()).hasSize(10).containsExactly(second.retained());
        assertThat(first.retained()).isNotEqualTo(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    }

    @Test
    void shouldHaveNoThroughputForSamplesOfNoDuration() {
        LabelStats stats = new LabelStats("a", 1);
        stats.add(0, 5, true);

        assertThat(stats.throughput()).isNaN();
    }
}
