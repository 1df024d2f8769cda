package io.jenkins.plugins.perftracker.core.compare;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.Status;

import static io.jenkins.plugins.perftracker.core.compare.Runs.*;
import static org.assertj.core.api.Assertions.*;

class TestMatcherTest {
    @Test
    void shouldOrderBySequenceNumberWithinEachRun() {
        PerfRun run = run("a", test(3, "G", "C", "", true, 1), test(1, "G", "A", "", true, 1),
                test(2, "G", "B", "", true, 1));

        Map<String, Map<String, Map<SeriesKey, PerfTest[]>>> matched = TestMatcher.match(List.of(run));

        assertThat(matched.get("G").get("").keySet()).extracting(SeriesKey::getTag).containsExactly("A", "B", "C");
    }

    @Test
    void shouldKeepTheOrderOfFirstAppearanceAcrossRuns() {
        PerfRun first = run("1", test(1, "G1", "A", "", true, 1));
        PerfRun second = run("2", test(1, "G2", "B", "", true, 1), test(2, "G1", "Z", "", true, 1));

        Map<String, Map<String, Map<SeriesKey, PerfTest[]>>> matched = TestMatcher.match(List.of(first, second));

        assertThat(matched.keySet()).containsExactly("G1", "G2");
        assertThat(matched.get("G1").get("").keySet()).extracting(SeriesKey::getTag).containsExactly("A", "Z");
        assertThat(matched.get("G1").get("").values()).allSatisfy(tests -> assertThat(tests).hasSize(2));
    }

    @Test
    void shouldSeparateTestsWhoseUnitMeasuresSomethingElse() {
        PerfTest ms = test(1, "G", "Login", "", true, 1);
        PerfTest seconds = ms.toBuilder().unit("req/s").build();

        Map<String, Map<String, Map<SeriesKey, PerfTest[]>>> matched = TestMatcher.match(
                List.of(run("1", ms), run("2", seconds)));

        assertThat(matched.get("G").get("")).hasSize(2);
        assertThat(matched.get("G").get("").values()).allSatisfy(tests -> assertThat(tests).containsOnlyOnce(
                (PerfTest) null));
    }

    @Test
    void shouldShowErrorsAndStatusAsPerfTrackerDoes() {
        PerfTest failed = PerfTest.builder("Login").scores(2, 4).errors(Messages.count("errors", 3))
                .status(Status.FAILED).build();
        PerfTest ok = PerfTest.builder("Login").scores(10, 10).deviations(0.5).build();

        assertThat(RunValue.of(failed).errors()).isEqualTo("3 errors, FAILED");
        assertThat(RunValue.of(failed).score()).isEqualTo(3.0);
        assertThat(RunValue.of(failed).plusMinus()).isEqualTo(33);
        assertThat(RunValue.of(ok).errors()).isEmpty();
        assertThat(RunValue.of(ok).plusMinus()).isEqualTo(5);
        assertThat(RunValue.of(null).present()).isFalse();
        // Python: int(round(100 * 0.125 / 1, 0)) == 12 and int(round(100 * 0.375 / 1, 0)) == 38
        assertThat(RunValue.of(PerfTest.builder("x").scores(1).deviations(0.125).build()).plusMinus()).isEqualTo(12);
        assertThat(RunValue.of(PerfTest.builder("x").scores(1).deviations(0.375).build()).plusMinus()).isEqualTo(38);
    }

    @Test
    void shouldDecideTheDirectionOfAChange() {
        assertThat(Outcome.of(0.1, true)).isEqualTo(Outcome.REGRESSED);
        assertThat(Outcome.of(0.1, false)).isEqualTo(Outcome.IMPROVED);
        assertThat(Outcome.of(-0.1, true)).isEqualTo(Outcome.IMPROVED);
        assertThat(Outcome.of(-0.1, false)).isEqualTo(Outcome.REGRESSED);
        assertThat(Outcome.of(0, false)).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void shouldNeedFourSamplesAtFivePercentAndMoreAtStricterLevels() {
        assertThat(PairAnalyzer.samplesNeeded(0.05)).isEqualTo(4);
        assertThat(PairAnalyzer.samplesNeeded(0.1)).isEqualTo(3);
        assertThat(PairAnalyzer.samplesNeeded(0.01)).isEqualTo(5);
    }

    @Test
    void shouldCompareTheSameTestInAnotherUnitOfTheSameDimension() {
        PerfRun millis = PerfRun.builder().title("ms").addTest(PerfTest.builder("parse").group("G").unit("ms/op")
                .lessIsBetter(true).scores(1.5, 2.5).build()).build();
        PerfRun micros = PerfRun.builder().title("us").addTest(PerfTest.builder("parse").group("G").unit("us/op")
                .lessIsBetter(true).scores(1500, 2000).build()).build();
        PerfRun other = PerfRun.builder().title("ops").addTest(PerfTest.builder("parse").group("G").unit("ops/s")
                .scores(500).build()).build();

        Map<SeriesKey, PerfTest[]> rows = TestMatcher.match(List.of(millis, micros, other)).get("G").get("");

        assertThat(rows).hasSize(2);
        PerfTest[] parse = rows.get(new SeriesKey("G", "parse", "", "ms/op"));
        assertThat(parse[1].getScores()).containsExactly(1.5, 2.0);
        assertThat(parse[1].getAttribs()).containsEntry("original unit", "us/op");
        assertThat(parse[2]).as("a rate is not a time per operation").isNull();
    }
}
