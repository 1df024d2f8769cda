package io.jenkins.plugins.perftracker.core.view;

import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.regression.BuildInfo;
import io.jenkins.plugins.perftracker.core.regression.RegressionAnalyzer;
import io.jenkins.plugins.perftracker.core.regression.RegressionReport;
import io.jenkins.plugins.perftracker.core.regression.RegressionTag;
import io.jenkins.plugins.perftracker.core.regression.TrendClass;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RegressionViewsTest {
    private static final SeriesKey LOGIN = new SeriesKey("latency", "login", "", "ms");
    private static final SeriesKey READ = new SeriesKey("disk", "read", "4 users", "MB/s");
    private static final List<BuildInfo> BUILDS = List.of(new BuildInfo(1, 1_000, "1.0", "rel"),
            new BuildInfo(2, 2_000, "1.1", "rel"), new BuildInfo(3, 3_000, "", "rel"));

    private static RegressionReport report() {
        Map<SeriesInfo, List<SeriesPoint>> history = new LinkedHashMap<>();
        history.put(new SeriesInfo(LOGIN, true), List.of(point(1, 10), point(2, 10), point(3, 30)));
        history.put(new SeriesInfo(READ, false), List.of(point(1, 100), point(2, 100), point(3, 101)));
        Map<Integer, BuildInfo> builds = BUILDS.stream().collect(Collectors.toMap(BuildInfo::build,
                Function.identity()));
        return new RegressionAnalyzer(builds, Map.of(LOGIN, List.of(3))).analyze(RegressionTag.of("rel", BUILDS),
                history);
    }

    private static SeriesPoint point(final int build, final double mean) {
        return new SeriesPoint(build, build * 1_000L, mean, 0, 1, Status.SUCCESS);
    }

    @Test
    void shouldListEveryClassWithItsCountAndDefault() {
        RegressionReport report = report();
        RegressionView view = RegressionViews.of("t", report);
        assertThat(view.classes()).extracting(RegressionView.ClassFilter::id).containsExactly("degradation-50",
                "degradation-10", "no-degradation", "improvement-10", "improvement-50");
        for (RegressionView.ClassFilter filter : view.classes()) {
            TrendClass trendClass = TrendClass.valueOf(filter.id().toUpperCase(java.util.Locale.ROOT)
                    .replace('-', '_'));
            assertThat(filter.count()).isEqualTo(report.classCounts().get(trendClass));
            assertThat(filter.shown()).isEqualTo(report.shownByDefault().contains(trendClass));
            assertThat(filter.label()).isEqualTo(trendClass.getLabel());
        }
        assertThat(view.classes().stream().mapToInt(RegressionView.ClassFilter::count).sum()).isEqualTo(2);
    }

    @Test
    void shouldGiveEachSeriesItsPointsAndChangePointIndexes() {
        RegressionView view = RegressionViews.of("t", report());
        assertThat(view.groups()).extracting(RegressionView.Group::name).containsExactly("disk", "latency");
        RegressionView.Series login = view.groups().get(1).series().get(0);
        assertThat(login.x()).containsExactly("1.0", "1.1", "?");
        assertThat(login.y()).containsExactly(10.0, 10.0, 30.0);
        assertThat(login.builds()).containsExactly(1, 2, 3);
        assertThat(login.changePoints()).containsExactly(2);
        assertThat(login.trendClass()).startsWith("degradation");
        assertThat(login.ratioText()).startsWith("-");
        assertThat(login.unit()).isEqualTo("ms");
        assertThat(view.groups().get(0).series().get(0).changePoints()).isEmpty();
        assertThat(view.summary().tag()).isEqualTo("rel");
        assertThat(view.summary().firstTime()).isEqualTo("1970-01-01T00:00:01Z");
        assertThat(view.summary().builds()).isEqualTo(3);
    }

    @Test
    void shouldWriteDeterministicJson() {
        assertThat(ViewJson.write(RegressionViews.of("t", report())))
                .isEqualTo(ViewJson.write(RegressionViews.of("t", report()))).doesNotContain("NaN");
    }
}
