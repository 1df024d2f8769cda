package io.jenkins.plugins.perftracker.core.view;

import io.jenkins.plugins.perftracker.core.regression.GroupTrends;
import io.jenkins.plugins.perftracker.core.regression.RegressionReport;
import io.jenkins.plugins.perftracker.core.regression.SeriesTrend;
import io.jenkins.plugins.perftracker.core.regression.TagSummary;
import io.jenkins.plugins.perftracker.core.regression.TrendClass;
import io.jenkins.plugins.perftracker.core.regression.TrendPoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns a {@link RegressionReport} into the regression tag page's view model. */
public final class RegressionViews {
    private RegressionViews() {
    }

    public static RegressionView of(final String title, final RegressionReport report) {
        List<RegressionView.ClassFilter> classes = Arrays.stream(TrendClass.values())
                .map(c -> new RegressionView.ClassFilter(id(c), c.getLabel(), c.getColour(),
                        report.classCounts().getOrDefault(c, 0), report.shownByDefault().contains(c)))
                .toList();
        List<RegressionView.Group> groups = new ArrayList<>();
        int index = 0;
        for (GroupTrends group : report.groups()) {
            List<RegressionView.Series> series = new ArrayList<>();
            for (SeriesTrend trend : group.series()) {
                series.add(series(trend, "r" + index++));
            }
            groups.add(new RegressionView.Group(group.group(), series));
        }
        return new RegressionView(title, summary(report.summary()), classes, groups);
    }

    /** The CSS-friendly id of a class: DEGRADATION_50 → degradation-50. */
    static String id(final TrendClass trendClass) {
        return trendClass.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static RegressionView.Series series(final SeriesTrend trend, final String id) {
        List<Integer> builds = trend.points().stream().map(TrendPoint::build).toList();
        List<Integer> changePoints = trend.changePoints().stream().map(builds::indexOf).filter(i -> i >= 0).toList();
        return new RegressionView.Series(id, trend.title(), trend.key().getUnit(), trend.lessIsBetter(),
                id(trend.trendClass()), ViewJson.number(trend.ratio()), Numbers.percent(trend.ratio() - 1),
                trend.trendLine(), trend.points().stream().map(TrendPoint::x).toList(),
                trend.points().stream().map(p -> ViewJson.number(p.y())).toList(), builds, changePoints);
    }

    private static RegressionView.Summary summary(final TagSummary summary) {
        return new RegressionView.Summary(summary.tag(), summary.builds(), summary.excluded(), summary.firstBuild(),
                summary.lastBuild(), time(summary.firstTime()), time(summary.lastTime()));
    }

    private static String time(final long millis) {
        return millis == 0 ? "" : Instant.ofEpochMilli(millis).toString();
    }
}
