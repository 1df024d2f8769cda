package io.jenkins.plugins.perftracker.core.compare;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static io.jenkins.plugins.perftracker.core.compare.Runs.*;
import static org.assertj.core.api.Assertions.*;

class PerfTrackerLegacyTest {
    @Test
    void shouldComputeScipysPooledPValue() {
        // scipy docs example of ttest_ind_from_stats: pvalue 0.3751996797581487
        assertThat(PerfTrackerLegacy.pValue(15.0, Math.sqrt(87.5), 13, 12.0, Math.sqrt(39.0), 11))
                .isCloseTo(0.3751996797581487, within(1e-12));
        // scipy 1.17 ttest_ind_from_stats(10, 1, 1, 12, 1, 5): pvalue 0.14192744777405542
        assertThat(PerfTrackerLegacy.pValue(10, 1, 1, 12, 1, 5)).isCloseTo(0.14192744777405542, within(1e-12));
    }

    @Test
    void shouldKeepScipysQuirks() {
        assertThat(PerfTrackerLegacy.pValue(10, 1, 1, 12, 1, 1)).as("df = 0 gives NaN").isNaN();
        assertThat(PerfTrackerLegacy.pValue(10, 1, 0, 12, 1, 5)).as("n = 0 raises ZeroDivisionError").isInfinite();
        assertThat(PerfTrackerLegacy.pValue(10, 0, 3, 12, 0, 3)).as("no spread: t = -inf").isZero();
        assertThat(PerfTrackerLegacy.pValue(10, 0, 3, 10, 0, 3)).as("0/0").isNaN();
    }

    @Test
    void shouldColourByTheOlderTestsDirection() {
        PerfTest older = summary("Login", 100, 1, 10);
        PerfTest slower = summary("Login", 120, 1, 10);

        assertThat(PerfTrackerLegacy.colour(older, slower)).isEqualTo(LegacyColour.WORSE);
        assertThat(PerfTrackerLegacy.colour(slower, older)).isEqualTo(LegacyColour.BETTER);
        assertThat(PerfTrackerLegacy.cell(older, slower)).isEqualTo("20 -1");
        assertThat(PerfTrackerLegacy.cell(slower, older)).isEqualTo("-20 1");
        PerfTest throughput = summary("Login", 100, 1, 10).toBuilder().lessIsBetter(false).build();
        assertThat(PerfTrackerLegacy.colour(throughput, slower)).isEqualTo(LegacyColour.BETTER);
    }

    @Test
    void shouldNeverColourTwoSingleSamplesButColourAFailedTestWithoutScores() {
        assertThat(PerfTrackerLegacy.colour(latency("Login", 100), latency("Login", 200))).isEqualTo(LegacyColour.EQUAL);
        assertThat(PerfTrackerLegacy.cell(latency("Login", 100), latency("Login", 200))).isEqualTo("100 0");
        assertThat(PerfTrackerLegacy.colour(failed("Login"), latency("Login", 100, 101))).isEqualTo(LegacyColour.WORSE);
        assertThat(PerfTrackerLegacy.cell(failed("Login"), latency("Login", 100, 101))).isEqualTo("0 -1");
        assertThat(PerfTrackerLegacy.cell(null, latency("Login", 100))).isEqualTo("- 0");
    }

    @Test
    void shouldIgnoreDifferencesAboveItsTenPercentLevel() {
        assertThat(PerfTrackerLegacy.colour(summary("Login", 100, 10, 3), summary("Login", 105, 10, 3)))
                .isEqualTo(LegacyColour.EQUAL);
        assertThat(LegacyColour.WORSE.getCss()).isEqualTo("#ffa0a0");
        assertThat(LegacyColour.BETTER.getCss()).isEqualTo("#a0ffa0");
    }
}
