package io.jenkins.plugins.perftracker.core.model;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.*;

class PerfTestTest {
    @Test
    void shouldDeriveScoreValuesWithPerfTrackersRules() {
        PerfTest test = PerfTest.builder("login").scores(0.6, 0.72, 1.05).deviations(0.05, 0.12, 0.03).build();

        ScoreStats stats = test.getStats();
        assertThat(stats.getAvgScore()).isCloseTo(0.79, within(1e-12));
        assertThat(stats.getMinScore()).isEqualTo(0.6);
        assertThat(stats.getMaxScore()).isEqualTo(1.05);
        assertThat(stats.getAvgDev()).isCloseTo(0.2 / 3, within(1e-12));
        assertThat(stats.getMinDev()).isEqualTo(0.03);
        assertThat(stats.getMaxDev()).isEqualTo(0.12);
        assertThat(stats.getAvgPlusMinPercent()).isEqualTo(8); // round(100 * 0.0667 / 0.79) = round(8.44)
        assertThat(stats.getMinPlusMinPercent()).isEqualTo(5); // round(100 * 0.03 / 0.6)
    }

    @Test
    void shouldUseThePopulationStdOfTheScoresWhenNoDeviationWasSent() {
        // numpy.std([2, 4, 4, 4, 5, 5, 7, 9]) == 2.0 (ddof = 0)
        PerfTest test = PerfTest.builder("t").scores(2, 4, 4, 4, 5, 5, 7, 9).build();

        assertThat(test.getStats().getAvgDev()).isEqualTo(2.0);
        assertThat(test.getStats().getMaxDev()).isEqualTo(2.0);
        assertThat(test.getStats().getAvgPlusMinPercent()).isEqualTo(40);
        assertThat(test.getSampleCount()).isEqualTo(8);
    }

    @Test
    void shouldApplyPerfTrackersDefaults() {
        PerfTest test = PerfTest.builder("t").scores(1).build();

        assertThat(test.getUnit()).isEqualTo("loops/sec");
        assertThat(test.getStatus()).isEqualTo(Status.SUCCESS);
        assertThat(test.isLessIsBetter()).isFalse();
        assertThat(test.getGroup()).isEmpty();
        assertThat(test.getSeriesKey()).isEqualTo(new SeriesKey("", "t", "", "loops/sec"));
    }

    @Test
    void shouldNameTheTestCaseByTagWhenACategoryIsSetAndByGroupOtherwise() {
        assertThat(PerfTest.builder("Login").group("latency").category("4 users").scores(1).build().getTestCase())
                .isEqualTo("Login");
        assertThat(PerfTest.builder("Login").group("latency").scores(1).build().getTestCase()).isEqualTo("latency");
    }

    @Test
    void shouldTakeTheDurationFromDurationSecAndOtherwiseFromBeginAndEnd() {
        OffsetDateTime begin = OffsetDateTime.parse("2018-10-01T12:00:00+03:00");
        assertThat(PerfTest.builder("t").scores(1).durationSec(1.5).build().getDuration().toMillis()).isEqualTo(1500);
        assertThat(PerfTest.builder("t").scores(1).begin(begin).end(begin.plusSeconds(42)).build()
                .getDuration().getSeconds()).isEqualTo(42);
    }

    @Test
    void shouldAllowAFailedTestWithoutScores() {
        PerfTest test = PerfTest.builder("t").status(Status.FAILED).build();

        assertThat(test.hasErrors()).isTrue();
        assertThat(test.getStats().getAvgScore()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no tag          | tag: must not be empty",
            "NaN score       | scores[1]: a finite number expected but was NaN",
            "negative loops  | loops: must not be negative but was -1",
            "no scores       | scores: at least one score expected for a test with status SUCCESS",
            "end before begin| end: must not be before begin",
            "long tag        | tag: at most 512 characters expected but was 513"})
    void shouldRefuseBadValuesNamingTheField(final String problem, final String message) {
        assertThatThrownBy(() -> bad(problem).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(message);
    }

    private static PerfTestBuilder bad(final String problem) {
        OffsetDateTime now = OffsetDateTime.parse("2020-01-01T00:00:00Z");
        return switch (problem) {
            case "no tag" -> PerfTest.builder(" ").scores(1);
            case "NaN score" -> PerfTest.builder("t").scores(1, Double.NaN);
            case "negative loops" -> PerfTest.builder("t").scores(1).loops(-1);
            case "no scores" -> PerfTest.builder("t");
            case "end before begin" -> PerfTest.builder("t").scores(1).begin(now).end(now.minusSeconds(1));
            default -> PerfTest.builder("x".repeat(513)).scores(1);
        };
    }

    @Test
    void shouldKeepValuesIndependentOfTheCallersArrays() {
        double[] scores = {1, 2};
        PerfTest test = PerfTest.builder("t").scores(scores).build();
        scores[0] = 99;
        test.getScores()[1] = 99;

        assertThat(test.getScores()).containsExactly(1, 2);
    }

    @Test
    void shouldCopyEveryValueThroughToBuilder() {
        PerfTest test = PerfTest.builder("t").group("g").category("c").unit("ms").lessIsBetter(true)
                .scores(1, 2).deviations(0.1, 0.2).status(Status.FAILED)
                .errors(Messages.of(java.util.List.of("boom"))).warnings(Messages.count("warnings", 3)).build();

        assertThat(test.toBuilder().build()).isEqualTo(test);
    }

    @Test
    void shouldShareOneImmutableAttributeMapBetweenTestsWithEqualAttributes() {
        java.util.Map<String, String> attribs = new java.util.LinkedHashMap<>(java.util.Map.of("procs", "8"));
        attribs.put("goos", "linux");
        PerfTest first = PerfTest.builder("a").scores(1).attribs(attribs).build();
        PerfTest second = PerfTest.builder("b").scores(2).attribs(new java.util.LinkedHashMap<>(attribs)).build();
        attribs.put("goos", "darwin");
        PerfTest third = PerfTest.builder("c").scores(3).attribs(attribs).build();

        assertThat(second.getAttribs()).isSameAs(first.getAttribs()).containsEntry("goos", "linux");
        assertThat(third.getAttribs()).containsEntry("goos", "darwin").isNotSameAs(first.getAttribs());
        assertThatThrownBy(() -> first.getAttribs().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldShareAttributesOnlyWhenTheirOrderIsTheSame() {
        java.util.Map<String, String> ab = new java.util.LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        java.util.Map<String, String> ba = new java.util.LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");
        PerfTest first = PerfTest.builder("a").scores(1).attribs(ab).build();
        PerfTest second = PerfTest.builder("b").scores(1).attribs(ba).build();

        assertThat(second.getAttribs().keySet()).containsExactly("b", "a");
        assertThat(first.getAttribs().keySet()).containsExactly("a", "b");
    }
}
