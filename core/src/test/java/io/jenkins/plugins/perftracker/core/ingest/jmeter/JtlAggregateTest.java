package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static org.assertj.core.api.Assertions.*;

class JtlAggregateTest {
    @Test
    void shouldGiveTenTestsPerLabelAndForTheTotal() {
        JtlAggregate aggregate = new JtlAggregate(10, 100);
        LabelStats login = aggregate.labels().get("login");
        aggregate.add(login, 100, 1_000, true);
        aggregate.add(login, 300, 1_500, false);

        List<PerfTest> tests = aggregate.tests();

        assertThat(tests).hasSize(20);
        assertThat(tests).extracting(t -> t.getTag() + "/" + t.getCategory()).startsWith("response time/",
                "response time/mean", "response time/median", "response time/p90", "response time/p95",
                "response time/p99", "response time/min", "response time/max", "errors/error %", "throughput/");
        assertThat(tests.get(1).getScores()).containsExactly(200.0);
        assertThat(tests.get(8).getScores()).containsExactly(50.0);
        assertThat(tests.get(8).getErrors().getCount()).isEqualTo(1);
        // two samples from 1000 ms to 1800 ms
        assertThat(tests.get(9).getScores()).containsExactly(2 * 1000.0 / 800);
        assertThat(tests.get(9).isLessIsBetter()).isFalse();
        assertThat(tests.get(10).getGroup()).isEqualTo(JtlAggregate.TOTAL);
    }

    @Test
    void shouldLeaveOutThroughputOfASingleInstantAndNameBlankLabels() {
        JtlAggregate aggregate = new JtlAggregate(10, 100);
        aggregate.add(aggregate.labels().get(""), 0, 1_000, true);

        List<PerfTest> tests = aggregate.tests();

        assertThat(tests).extracting(PerfTest::getTag).doesNotContain("throughput");
        assertThat(tests.get(0).getGroup()).isEqualTo("(no label)");
        assertThat(tests.get(0).getScores()).containsExactly(0.0);
    }

    @Test
    void shouldPutWarningsOnTheTotal() {
        JtlAggregate aggregate = new JtlAggregate(10, 100);
        aggregate.add(aggregate.labels().get("a"), 5, 1_000, true);
        aggregate.warn("something odd");

        List<PerfTest> tests = aggregate.tests();

        assertThat(tests.get(0).getWarnings().isEmpty()).isTrue();
        assertThat(tests.stream().filter(t -> t.getGroup().equals("TOTAL")).findFirst().orElseThrow()
                .getWarnings().getTexts()).containsExactly("something odd");
    }

    @Test
    void shouldGiveNoTestsWithoutSamples() {
        assertThat(new JtlAggregate(10, 100).tests()).isEmpty();
    }
}
