package io.jenkins.plugins.perftracker.core.ingest.catch2;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;

import static org.assertj.core.api.Assertions.*;

class TestCaseResultTest {
    @Test
    void shouldGiveNothingForAPassingCaseWithoutBenchmarksOrDuration() {
        TestCaseResult result = new TestCaseResult("plain");
        result.finish(true, false, Double.NaN);

        assertThat(result.tests()).isEmpty();
    }

    @Test
    void shouldCapMessagesInNumberAndLength() {
        TestCaseResult result = new TestCaseResult("noisy");
        for (int i = 0; i < 80; i++) {
            result.addMessage("m".repeat(3000));
        }
        result.finish(false, false, Double.NaN);

        PerfTest test = result.tests().get(0);
        assertThat(test.getStatus()).isEqualTo(Status.FAILED);
        assertThat(test.getErrors().getTexts()).hasSize(50).allSatisfy(m -> assertThat(m).hasSize(2001));
    }

    @Test
    void shouldKeepABenchmarkWithoutStandardDeviation() {
        TestCaseResult result = new TestCaseResult("case");
        result.addBenchmark("b", 12.5, Double.NaN, 0);
        result.finish(true, false, Double.NaN);

        PerfTest test = result.tests().get(0);
        assertThat(test.getScores()).containsExactly(12.5);
        assertThat(test.getDeviations()).isEmpty();
        assertThat(test.getSampleCount()).isZero();
    }

    @Test
    void shouldFitLongNamesIntoTheModel() {
        TestCaseResult result = new TestCaseResult("n".repeat(300));
        result.addBenchmark("b".repeat(600), 1, 0, 1);
        result.finish(true, false, Double.NaN);

        PerfTest test = result.tests().get(0);
        assertThat(test.getGroup()).hasSize(128);
        assertThat(test.getTag()).hasSize(512);
    }

    @Test
    void shouldNameBlankCasesAndBenchmarks() {
        TestCaseResult result = new TestCaseResult(" ");
        result.addBenchmark("", 3, 1, 10);
        result.finish(true, false, Double.NaN);

        PerfTest test = result.tests().get(0);
        assertThat(test.getGroup()).isEqualTo("?");
        assertThat(test.getTag()).isEqualTo("?");
    }
}
