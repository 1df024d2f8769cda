package io.jenkins.plugins.perftracker.core.view;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.BuildRef;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.SeriesTrend;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TrendsViewsTest {
    private static final List<BuildRef> BUILDS = IntStream.rangeClosed(1, 20)
            .mapToObj(i -> new BuildRef("#" + i, "https://ci.example.org/job/x/" + i + "/")).toList();

    /** 20 builds of latency 10 ± 0.1 that step up 20 % (worse, less is better) at build #11. */
    private static double[] stepUp() {
        return IntStream.range(0, 20).mapToDouble(i -> (i < 10 ? 10 : 12) + 0.1 * ((i * 7) % 5 - 2)).toArray();
    }

    @Test
    void shouldMarkTheChangePointAtItsBuild() {
        double[] values = stepUp();
        SeriesKey key = new SeriesKey("g", "login", "", "ms");
        var points = new ChangePointDetector().detect(values);
        TrendsView view = TrendsViews.of("t", BUILDS, List.of(new SeriesTrend(key, true, values, points)));
        assertThat(view.series()).singleElement().satisfies(s -> {
            assertThat(s.values()).hasSize(20).first().isEqualTo(values[0]);
            assertThat(s.changePoints()).singleElement().satisfies(m -> {
                assertThat(m.index()).isEqualTo(10);
                assertThat(m.build()).isEqualTo("#11");
                assertThat(m.direction()).isEqualTo("regression");
                assertThat(m.forwardChange()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.02));
                assertThat(m.changeText()).startsWith("+");
            });
        });
        assertThat(view.builds().get(10).url()).isEqualTo("https://ci.example.org/job/x/11/");
    }

    @Test
    void shouldCallTheSameStepAnImprovementWhenMoreIsBetter() {
        double[] values = stepUp();
        var points = new ChangePointDetector().detect(values);
        TrendsView view = TrendsViews.of("t", BUILDS,
                List.of(new SeriesTrend(new SeriesKey("g", "rps", "", "1/s"), false, values, points)));
        assertThat(view.series().get(0).changePoints()).extracting(TrendsView.Mark::direction)
                .containsExactly("improvement");
    }

    @Test
    void shouldWriteMissingValuesAsNull() {
        double[] values = new double[20];
        values[3] = Double.NaN;
        TrendsView view = TrendsViews.of("t", BUILDS,
                List.of(new SeriesTrend(new SeriesKey("g", "x", "", ""), true, values, List.of())));
        assertThat(view.series().get(0).values().get(3)).isNull();
        assertThat(ViewJson.write(view)).contains("null").doesNotContain("NaN");
    }

    @Test
    void shouldRefuseASeriesOfAnotherLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> TrendsViews.of("t", BUILDS,
                List.of(new SeriesTrend(new SeriesKey("g", "x", "", ""), true, new double[3], List.of()))))
                .withMessageContaining("3 values but there are 20 builds");
    }
}
