package io.jenkins.plugins.perftracker.core.view.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePoint;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.regression.BuildInfo;
import io.jenkins.plugins.perftracker.core.regression.RegressionAnalyzer;
import io.jenkins.plugins.perftracker.core.regression.RegressionTag;
import io.jenkins.plugins.perftracker.core.store.index.SeriesHistory;
import io.jenkins.plugins.perftracker.core.view.RegressionView;
import io.jenkins.plugins.perftracker.core.view.RegressionViews;

/**
 * A job's regression tag page from its series index and the builds' tags (PerfTracker's regression view): the
 * builds published with the tag, less those a user excluded, with each series' change points by build number.
 */
public final class JobRegressions {
    private final ChangePointDetector detector;

    public JobRegressions(final ChangePointDetector detector) {
        this.detector = detector;
    }

    /**
     * Builds the page model.
     *
     * @param tag       the regression tag
     * @param builds    the builds that have results, with their version and tag
     * @param excluded  the builds users took out of the tag
     * @param histories the series as the index returns them
     */
    public RegressionView of(final String tag, final Collection<BuildInfo> builds, final Set<Integer> excluded,
            final List<SeriesHistory> histories) {
        Map<Integer, BuildInfo> byNumber = new HashMap<>();
        builds.forEach(b -> byNumber.put(b.build(), b));
        RegressionTag membership = RegressionTag.of(tag, builds.stream().filter(b -> tag.equals(b.regressionTag()))
                .toList());
        for (int build : excluded) {
            if (membership.getMembers().contains(build)) {
                membership = membership.exclude(build);
            }
        }
        Map<SeriesInfo, List<SeriesPoint>> history = new LinkedHashMap<>();
        Map<SeriesKey, List<Integer>> changePoints = new HashMap<>();
        for (SeriesHistory series : histories) {
            history.put(series.info(), series.points());
            changePoints.put(series.info().key(), changePointBuilds(series.points()));
        }
        return RegressionViews.of("Regression tag " + tag,
                new RegressionAnalyzer(byNumber, changePoints).analyze(membership, history));
    }

    private List<Integer> changePointBuilds(final List<SeriesPoint> points) {
        List<SeriesPoint> valued = points.stream().filter(SeriesPoint::hasValue).toList();
        double[] values = valued.stream().mapToDouble(SeriesPoint::mean).toArray();
        List<Integer> builds = new ArrayList<>();
        for (ChangePoint point : values.length < 2 ? List.<ChangePoint>of() : detector.detect(values)) {
            builds.add(valued.get(point.index()).build());
        }
        return builds;
    }
}
