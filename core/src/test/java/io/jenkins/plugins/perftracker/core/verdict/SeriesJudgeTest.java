package io.jenkins.plugins.perftracker.core.verdict;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.stats.Summary;
import io.jenkins.plugins.perftracker.core.stats.TwoSampleTests;

import static org.assertj.core.api.Assertions.*;

class SeriesJudgeTest {
    private static final SeriesPoint BASE = new SeriesPoint(1, 0, 100, 2, 10, Status.SUCCESS);
    private static final SeriesPoint NEW = new SeriesPoint(2, 0, 104, 2, 10, Status.SUCCESS);
    private final SeriesJudge judge = new SeriesJudge(0.95);

    @Test
    void shouldUseWelchFromTheIndexSummaries() {
        SeriesJudge.Judgement j = judge.judge(2, NEW, null, List.of(BASE));

        assertThat(j.method()).isEqualTo(SeriesJudge.WELCH);
        assertThat(j.pValue()).isEqualTo(TwoSampleTests.welch(new Summary(100, 2, 10), new Summary(104, 2, 10))
                .pValue());
        assertThat(j.change().change()).isCloseTo(0.04, within(1e-12));
        assertThat(j.baselineMean()).isEqualTo(100.0);
        assertThat(j.note()).isNull();
    }

    @Test
    void shouldPreferTheRunsRawSamplesAndFallBackToTheIndex() {
        PerfTest raw = PerfTest.builder("Login").scores(110, 111, 109).build();
        PerfTest failed = PerfTest.builder("Login").scores(500).status(Status.FAILED).build();
        PerfTest averaged = PerfTest.builder("Login").scores(300).sampleCount(20).build();

        assertThat(judge.judge(2, NEW, raw, List.of(BASE)).newValue()).isEqualTo(new Summary(110, 1, 3));
        assertThat(judge.judge(2, NEW, failed, List.of(BASE)).newValue().mean()).isEqualTo(104.0);
        assertThat(judge.judge(2, NEW, averaged, List.of(BASE)).newValue().mean()).isEqualTo(104.0);
        assertThat(judge.judge(2, null, raw, List.of(BASE)).newValue().n()).isEqualTo(3);
    }

    @Test
    void shouldNeedTwoSamplesOnEachSideAgainstOneBuild() {
        SeriesPoint single = new SeriesPoint(1, 0, 100, 0, 1, Status.SUCCESS);

        SeriesJudge.Judgement j = judge.judge(2, NEW, null, List.of(single));

        assertThat(j.note()).isEqualTo("inconclusive: needs ≥ 2 samples");
        assertThat(j.pValue()).isNaN();
        assertThat(j.change().change()).isCloseTo(0.04, within(1e-12));
    }

    @Test
    void shouldReportMissingValuesAndBaselines() {
        SeriesPoint failed = new SeriesPoint(2, 0, 0, 0, 0, Status.FAILED);

        assertThat(judge.judge(2, failed, null, List.of(BASE)).note()).isEqualTo("no value in build #2");
        assertThat(judge.judge(2, NEW, null, List.of()).note()).isEqualTo("no baseline");
        assertThat(judge.judge(2, NEW, null, List.of()).baselineMean()).isNaN();
    }

    @Test
    void shouldUseThePredictionTestAgainstSeveralBuilds() {
        List<SeriesPoint> window = List.of(BASE, new SeriesPoint(3, 0, 102, 2, 10, Status.SUCCESS),
                new SeriesPoint(4, 0, 98, 2, 10, Status.SUCCESS));

        SeriesJudge.Judgement j = judge.judge(5, NEW, null, window);

        assertThat(j.method()).isEqualTo(SeriesJudge.PREDICTION);
        assertThat(j.baselineMean()).isCloseTo(100.0, within(1e-12));
        // t = 4 / (2 * sqrt(4/3)) with 2 degrees of freedom
        assertThat(j.pValue()).isCloseTo(2 * org.apache.commons.statistics.distribution.TDistribution.of(2)
                .survivalProbability(4 / (2 * Math.sqrt(4.0 / 3))), within(1e-12));
    }
}
