package io.jenkins.plugins.perftracker.core.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class PerfRunTest {
    @Test
    void shouldMergeARepeatedTestWhenUnitAndDirectionAgree() {
        PerfRun run = PerfRun.builder()
                .addTest(PerfTest.builder("login").group("latency").unit("sec").lessIsBetter(true).scores(1, 2)
                        .build())
                .addTest(PerfTest.builder("login").group("latency").unit("sec").lessIsBetter(true).scores(3)
                        .errors(Messages.of(List.of("timeout"))).build())
                .build();

        assertThat(run.getTests()).hasSize(1);
        PerfTest merged = run.getTests().get(0);
        assertThat(merged.getScores()).containsExactly(1, 2, 3);
        assertThat(merged.getSampleCount()).isEqualTo(3);
        assertThat(merged.getErrors().getTexts()).containsExactly("timeout");
    }

    @Test
    void shouldRefuseARepeatedTestWithAnotherUnit() {
        PerfRunBuilder run = PerfRun.builder()
                .addTest(PerfTest.builder("login").group("latency").unit("sec").scores(1).build());

        assertThatThrownBy(() -> run.addTest(PerfTest.builder("login").group("latency").unit("ms").scores(1).build()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("test login in group 'latency' repeats with unit 'ms'")
                .hasMessageContaining("first occurrence has unit 'sec'");
    }

    @Test
    void shouldRefuseARepeatedTestWithAnotherDirection() {
        PerfRunBuilder run = PerfRun.builder()
                .addTest(PerfTest.builder("t").scores(1).lessIsBetter(true).build());

        assertThatThrownBy(() -> run.addTest(PerfTest.builder("t").scores(2).build()))
                .hasMessageContaining("less_better=false");
    }

    @Test
    void shouldKeepTestsWithAnotherCategoryApart() {
        PerfRun run = PerfRun.builder()
                .addTest(PerfTest.builder("login").category("1 user").scores(1).build())
                .addTest(PerfTest.builder("login").category("2 users").scores(1).build())
                .build();

        assertThat(run.getTests()).extracting(PerfTest::getCategory).containsExactly("1 user", "2 users");
    }

    @Test
    void shouldCountTestsAndTestCasesAsPerfTrackerDoes() {
        PerfRun run = PerfRun.builder()
                .addTest(PerfTest.builder("a").group("g1").scores(1).build())
                .addTest(PerfTest.builder("b").group("g1").scores(1).warnings(Messages.count("w", 1)).build())
                .addTest(PerfTest.builder("c").group("g2").category("1").scores(1).build())
                .addTest(PerfTest.builder("c").group("g2").category("2").status(Status.FAILED).build())
                .addTest(PerfTest.builder("d").group("g2").category("1").scores(1)
                        .errors(Messages.count("e", 2)).build())
                .addTest(PerfTest.builder("e").group("g3").status(Status.SKIPPED).build())
                .build();

        RunCounts counts = run.getCounts();
        assertThat(counts.getTestsTotal()).isEqualTo(6);
        assertThat(counts.getTestsCompleted()).isEqualTo(5);
        assertThat(counts.getTestsFailed()).isEqualTo(1);
        assertThat(counts.getTestsErrors()).isEqualTo(2);
        assertThat(counts.getTestsWarnings()).isEqualTo(1);
        // test cases: g1 (a, b), c (both categories), d, g3 (e)
        assertThat(counts.getTestCasesTotal()).isEqualTo(4);
        assertThat(counts.getTestCasesErrors()).isEqualTo(2);
    }

    @Test
    void shouldRoundTripThroughToBuilder() {
        PerfRun run = PerfRun.builder().title("nightly").regressionTag("v1").productVer("1.0")
                .envNodes(List.of(EnvNode.builder("host").cpus(8).children(List.of(EnvNode.builder("db").build()))
                        .build()))
                .addTest(PerfTest.builder("t").scores(1).build()).build();

        assertThat(run.toBuilder().build()).isEqualTo(run);
    }

    @Test
    void shouldSummariseATestAsASeriesPoint() {
        PerfTest test = PerfTest.builder("t").scores(2, 4).build();

        SeriesPoint point = SeriesPoint.of(7, 1000L, test);

        assertThat(point).isEqualTo(new SeriesPoint(7, 1000L, 3.0, 1.0, 2, Status.SUCCESS));
        assertThat(point.hasValue()).isTrue();
        assertThat(SeriesPoint.of(8, 0, PerfTest.builder("t").status(Status.FAILED).build()).hasValue()).isFalse();
    }
}
