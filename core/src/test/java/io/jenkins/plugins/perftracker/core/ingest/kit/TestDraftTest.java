package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.*;

class TestDraftTest {
    @Test
    void shouldKeepFiniteSamplesInOrderAndSucceed() {
        PerfTest test = TestDraft.of("g", "t", "c", "ns", true).sample(3).sample(1).sample(2).build();

        assertThat(test.getScores()).containsExactly(3.0, 1.0, 2.0);
        assertThat(test.getStatus()).isEqualTo(Status.SUCCESS);
        assertThat(test.getWarnings().isEmpty()).isTrue();
        assertThat(test.getSeriesKey().toString()).isEqualTo("[g] t c (ns)");
    }

    @Test
    void shouldCountDroppedNonFiniteSamplesInAWarning() {
        PerfTest test = TestDraft.of("", "t", "", "s", true).sample(Double.NaN).sample(1)
                .sample(Double.POSITIVE_INFINITY).sample(Double.NEGATIVE_INFINITY).build();

        assertThat(test.getScores()).containsExactly(1.0);
        assertThat(test.getWarnings().getTexts()).containsExactly("3 sample(s) were NaN or infinite and were dropped");
    }

    @Test
    void shouldFailWithoutSamplesOrWithErrors() {
        PerfTest empty = TestDraft.of("", "t", "", "s", true).build();
        assertThat(empty.getStatus()).isEqualTo(Status.FAILED);
        assertThat(empty.getErrors().getTexts()).containsExactly("no finite sample");

        PerfTest failed = TestDraft.of("", "t", "", "s", true).sample(1).error("exit code 2").build();
        assertThat(failed.getStatus()).isEqualTo(Status.FAILED);
        assertThat(failed.getErrors().getTexts()).containsExactly("exit code 2");
        assertThat(failed.getScores()).containsExactly(1.0);

        PerfTest errorOnly = TestDraft.of("", "t", "", "s", true).error("crashed").build();
        assertThat(errorOnly.getErrors().getTexts()).containsExactly("crashed");
    }

    @Test
    void shouldKeepAtMostTheBoundOfSamples() {
        TestDraft draft = TestDraft.of("", "t", "", "s", true);
        for (int i = 0; i < TestDraft.MAX_SAMPLES + 5; i++) {
            draft.sample(i);
        }

        PerfTest test = draft.build();
        assertThat(test.getScoreCount()).isEqualTo(TestDraft.MAX_SAMPLES);
        assertThat(test.getScore(TestDraft.MAX_SAMPLES - 1)).isEqualTo(TestDraft.MAX_SAMPLES - 1.0);
        assertThat(test.getWarnings().getTexts())
                .containsExactly("5 sample(s) beyond the first " + TestDraft.MAX_SAMPLES + " were not kept");
    }

    @Test
    void shouldShortenNamesTooLongForTheModelWithAWarning() {
        PerfTest test = TestDraft.of("g".repeat(200), "t".repeat(600), "c".repeat(129), "s", true).sample(1).build();

        assertThat(test.getGroup()).hasSize(128).endsWith("g…");
        assertThat(test.getTag()).hasSize(512).endsWith("t…");
        assertThat(test.getCategory()).hasSize(128);
        assertThat(test.getWarnings().getTexts()).hasSize(3)
                .anySatisfy(w -> assertThat(w).startsWith("tag shortened from 600 to 512 characters"));
    }

    @Test
    void shouldLeaveEmptyAttribsOut() {
        PerfTest test = TestDraft.of("", "t", "", "s", true).sample(1).attrib("a", "1").attrib("b", "")
                .attrib("c", null).attrib("d", 4L).build();

        assertThat(test.getAttribs()).containsExactly(entry("a", "1"), entry("d", "4"));
    }

    @Test
    void shouldNameTheLocationWhenTheRunRefusesTheTest() throws Exception {
        PerfRunBuilder run = PerfRun.builder();
        TestDraft.of("", "t", "", "s", true).sample(1).addTo(run, Path.of("r.json"), "$[0]");

        Throwable thrown = catchThrowable(() -> TestDraft.of("", "t", "", "ms", true).sample(1)
                .addTo(run, Path.of("r.json"), "$[1]"));
        assertThat(thrown).isInstanceOf(ResultFormatException.class).hasMessageStartingWith("r.json, $[1]: tests:");
        assertThat(((ResultFormatException) thrown).getProblem()).contains("repeats with unit 'ms'");
    }

    @Property
    void shouldKeepExactlyTheFiniteSamples(@ForAll final double[] values) {
        TestDraft draft = TestDraft.of("", "t", "", "s", true);
        for (double value : values) {
            draft.sample(value);
        }

        double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
        PerfTest test = draft.build();
        assertThat(test.getScores()).containsExactly(finite);
        assertThat(test.getStatus()).isEqualTo(finite.length == 0 ? Status.FAILED : Status.SUCCESS);
        assertThat(test.getWarnings().getCount()).isEqualTo(finite.length == values.length ? 0 : 1);
    }
}
