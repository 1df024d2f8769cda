package io.jenkins.plugins.perftracker.core.regression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;

import static org.assertj.core.api.Assertions.*;

class RegressionAnalyzerTest {
    private static final SeriesKey LOGIN = new SeriesKey("Latency", "Login", "", "ms");
    private static final SeriesKey READ = new SeriesKey("Disk", "Read", "4 users", "MB/s");
    private static final List<BuildInfo> BUILDS = List.of(new BuildInfo(1, 1000, "1.0", "rel"),
            new BuildInfo(2, 2000, "", "rel"), new BuildInfo(3, 3000, "1.2", "rel"), new BuildInfo(4, 4000, "1.3", "rel"),
            new BuildInfo(5, 5000, "2.0", "other"), new BuildInfo(6, 6000, "1.4", "rel"));
    private static final Map<Integer, BuildInfo> BY_NUMBER = BUILDS.stream()
            .collect(Collectors.toMap(BuildInfo::build, Function.identity()));

    @Test
    void shouldClassifyEachSeriesOverTheLinkedBuilds() {
        Map<SeriesInfo, List<SeriesPoint>> history = new LinkedHashMap<>();
        history.put(new SeriesInfo(LOGIN, true), List.of(point(1, 10), point(2, 0), point(3, 12), point(4, 20),
                point(5, 100), point(6, 22)));
        history.put(new SeriesInfo(READ, false), List.of(point(1, 100), point(3, 101), point(6, 99)));
        RegressionAnalyzer analyzer = new RegressionAnalyzer(BY_NUMBER, Map.of(LOGIN, List.of(4, 5, 9)));

        RegressionReport report = analyzer.analyze(RegressionTag.of("rel", BUILDS).exclude(3), history);

        assertThat(report.summary()).isEqualTo(new TagSummary("rel", 4, 1, 1, 6, 1000, 6000));
        assertThat(report.summary().durationMillis()).isEqualTo(5000);
        assertThat(report.groups()).extracting(GroupTrends::group).containsExactly("Disk", "Latency");
        SeriesTrend login = report.groups().get(1).series().get(0);
        // zero at #2 skipped, #3 excluded, #5 belongs to another tag: 10, 20, 22 -> fit 10.67 .. 23.67
        assertThat(login.points()).extracting(TrendPoint::build).containsExactly(1, 4, 6);
        assertThat(login.points()).extracting(TrendPoint::x).containsExactly("1.0", "1.3", "1.4");
        assertThat(login.ratio()).isCloseTo(fitRatio(10, 20, 22), within(1e-12));
        assertThat(login.trendClass()).isEqualTo(TrendClass.DEGRADATION_50);
        assertThat(login.trendLine()).isTrue();
        assertThat(login.changePoints()).containsExactly(4, 5);
        assertThat(login.title()).isEqualTo("Login");
        SeriesTrend read = report.groups().get(0).series().get(0);
        assertThat(read.title()).isEqualTo("Read 4 users");
        assertThat(read.trendClass()).isEqualTo(TrendClass.NO_DEGRADATION);
        assertThat(read.trendLine()).isFalse();
        assertThat(report.classCounts()).containsEntry(TrendClass.DEGRADATION_50, 1)
                .containsEntry(TrendClass.NO_DEGRADATION, 1).containsEntry(TrendClass.IMPROVEMENT_50, 0);
        assertThat(report.shownByDefault()).containsExactly(TrendClass.DEGRADATION_50);
    }

    @Test
    void shouldShowTheFirstNonEmptyClassWhenNothingDegraded() {
        Map<SeriesInfo, List<SeriesPoint>> history = Map.of(new SeriesInfo(READ, false),
                List.of(point(1, 100), point(2, 130), point(4, 160)));

        RegressionReport report = new RegressionAnalyzer(BY_NUMBER, Map.of()).analyze(RegressionTag.of("rel", BUILDS),
                history);

        assertThat(report.shownByDefault()).containsExactly(TrendClass.IMPROVEMENT_50);
        assertThat(report.groups().get(0).series().get(0).points()).extracting(TrendPoint::x)
                .containsExactly("1.0", "?", "1.3");
    }

    @Test
    void shouldSkipFailedPointsAndEmptyTags() {
        Map<SeriesInfo, List<SeriesPoint>> history = Map.of(new SeriesInfo(READ, false),
                List.of(new SeriesPoint(1, 1000, 50, 0, 3, Status.SKIPPED)));

        RegressionReport report = new RegressionAnalyzer(BY_NUMBER, Map.of()).analyze(RegressionTag.named("none"),
                history);

        assertThat(report.groups()).isEmpty();
        assertThat(report.summary()).isEqualTo(new TagSummary("none", 0, 0, 0, 0, 0, 0));
        assertThat(report.shownByDefault()).isEmpty();
    }

    private static SeriesPoint point(final int build, final double mean) {
        return new SeriesPoint(build, build * 1000L, mean, 1, 5, Status.SUCCESS);
    }

    /** begin / end of the least-squares line through (0, a), (1, b), (2, c), computed independently. */
    private static double fitRatio(final double a, final double b, final double c) {
        double slope = (c - a) / 2;
        double mean = (a + b + c) / 3;
        return (mean - slope) / (mean + slope);
    }
}
