package io.jenkins.plugins.perftracker.core.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.BuildRef;

import static org.assertj.core.api.Assertions.*;

class SeriesDirectionsTest {
    private static final History HISTORY = new History(List.of(new BuildRef("1", "")), List.of(
            column("throughput", true), column("latency p99", true), column("ops", false), column("errors", false)));

    @Test
    void shouldLetExactNamesWinOverPatternsAndKeepTheRest() {
        History turned = SeriesDirections.parse("throughput|ops", "latency|errors", "ops=down").apply(HISTORY);

        assertThat(turned.series()).extracting(History.Column::lessIsBetter).containsExactly(false, true, true, true);
        assertThat(turned.series().get(0).values()).isSameAs(HISTORY.series().get(0).values());
    }

    @Test
    void shouldLeaveEveryDirectionAsGivenWithoutOptions() {
        assertThat(SeriesDirections.parse(null, null, null).apply(HISTORY).series())
                .extracting(History.Column::lessIsBetter).containsExactly(true, true, false, false);
    }

    @Test
    void shouldRefuseMalformedOrOverlongOptions() {
        assertThatThrownBy(() -> SeriesDirections.parse(null, null, "ops=sideways"))
                .hasMessage("--direction: SERIES=up or SERIES=down expected but was 'ops=sideways'");
        assertThatThrownBy(() -> SeriesDirections.parse(null, null, "=up"))
                .hasMessage("--direction: SERIES=up or SERIES=down expected but was '=up'");
        assertThatThrownBy(() -> SeriesDirections.parse("x".repeat(5000), null, null))
                .hasMessage("--higher-is-better: at most 4096 characters expected");
        assertThatThrownBy(() -> SeriesDirections.parse(null, "[", null))
                .hasMessageStartingWith("--lower-is-better: a regular expression expected");
    }

    private static History.Column column(final String name, final boolean lessIsBetter) {
        return new History.Column(new SeriesKey("", name, "", ""), lessIsBetter, new double[] {1});
    }
}
