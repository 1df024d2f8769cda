package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.regression.BuildInfo;
import io.jenkins.plugins.perftracker.core.regression.RegressionAnalyzer;
import io.jenkins.plugins.perftracker.core.regression.RegressionTag;
import io.jenkins.plugins.perftracker.core.view.RegressionView;
import io.jenkins.plugins.perftracker.core.view.RegressionViews;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.SeriesTrend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regression tag page of runs in build order (build n = the n-th run) when the newest run has a regression
 * tag: the runs published with that tag, their trend classes and the change points already found in them.
 */
final class RegressionPage {
    private RegressionPage() {
    }

    static Optional<RegressionView> of(final String title, final List<PerfRun> runs, final List<SeriesTrend> trends) {
        String tag = runs.isEmpty() ? "" : runs.get(runs.size() - 1).getRegressionTag();
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, BuildInfo> builds = new HashMap<>();
        Map<SeriesInfo, List<SeriesPoint>> history = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            add(i + 1, runs.get(i), builds, history);
        }
        Map<SeriesKey, List<Integer>> changePoints = new HashMap<>();
        trends.forEach(t -> changePoints.put(t.key(), t.changePoints().stream().map(c -> c.index() + 1).toList()));
        RegressionTag regressionTag = RegressionTag.of(tag, builds.values().stream()
                .filter(b -> tag.equals(b.regressionTag())).toList());
        return Optional.of(RegressionViews.of(title + ": regression tag " + tag,
                new RegressionAnalyzer(builds, changePoints).analyze(regressionTag, history)));
    }

    /** Adds run number {@code build}: its facts, and a point per test (time = its end, else its number). */
    private static void add(final int build, final PerfRun run, final Map<Integer, BuildInfo> builds,
            final Map<SeriesInfo, List<SeriesPoint>> history) {
        long time = run.getEnd() == null ? build : run.getEnd().toInstant().toEpochMilli();
        builds.put(build, new BuildInfo(build, time, run.getProductVer(), run.getRegressionTag()));
        for (PerfTest test : run.getTests()) {
            history.computeIfAbsent(SeriesInfo.of(test), k -> new ArrayList<>()).add(SeriesPoint.of(build, time, test));
        }
    }
}
