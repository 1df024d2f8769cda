package io.jenkins.plugins.perftracker.core.regression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;

/**
 * Builds a regression tag's view from the series index (points per series), the builds' metadata and the change
 * points found by the detector (build numbers per series, computed elsewhere).
 */
public final class RegressionAnalyzer {
    private final Map<Integer, BuildInfo> builds;
    private final Map<SeriesKey, List<Integer>> changePoints;

    /**
     * @param builds       metadata per build number; builds missing here are ignored
     * @param changePoints change-point build numbers per series; series missing here have none
     */
    public RegressionAnalyzer(final Map<Integer, BuildInfo> builds, final Map<SeriesKey, List<Integer>> changePoints) {
        this.builds = Map.copyOf(builds);
        this.changePoints = Map.copyOf(changePoints);
    }

    public RegressionReport analyze(final RegressionTag tag, final Map<SeriesInfo, List<SeriesPoint>> history) {
        List<BuildInfo> linked = tag.getLinked().stream().filter(builds::containsKey).map(builds::get)
                .sorted(BY_TIME).toList();
        TagSummary summary = summary(tag, linked);
        Map<String, List<SeriesTrend>> byGroup = new TreeMap<>();
        history.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(SeriesInfo::key)))
                .map(e -> trend(tag, summary, e.getKey(), e.getValue())).filter(t -> !t.points().isEmpty())
                .forEach(t -> byGroup.computeIfAbsent(t.key().getGroup(), g -> new ArrayList<>()).add(t));
        List<GroupTrends> groups = byGroup.entrySet().stream().map(e -> new GroupTrends(e.getKey(), e.getValue()))
                .toList();
        Map<TrendClass, Integer> counts = new EnumMap<>(TrendClass.class);
        for (TrendClass c : TrendClass.values()) {
            counts.put(c, 0);
        }
        groups.forEach(g -> g.series().forEach(s -> counts.merge(s.trendClass(), 1, Integer::sum)));
        return new RegressionReport(summary, groups, counts, shownByDefault(counts));
    }

    private static final Comparator<BuildInfo> BY_TIME = Comparator.comparingLong(BuildInfo::timeMillis)
            .thenComparingInt(BuildInfo::build);

    private static TagSummary summary(final RegressionTag tag, final List<BuildInfo> linked) {
        if (linked.isEmpty()) {
            return new TagSummary(tag.getName(), 0, tag.getExcluded().size(), 0, 0, 0, 0);
        }
        BuildInfo first = linked.get(0);
        BuildInfo last = linked.get(linked.size() - 1);
        return new TagSummary(tag.getName(), linked.size(), tag.getExcluded().size(), first.build(), last.build(),
                first.timeMillis(), last.timeMillis());
    }

    private SeriesTrend trend(final RegressionTag tag, final TagSummary summary, final SeriesInfo info,
            final List<SeriesPoint> points) {
        List<TrendPoint> trend = points.stream()
                .filter(p -> tag.isLinked(p.build()) && builds.containsKey(p.build()) && p.hasValue() && p.mean() != 0)
                .sorted(Comparator.comparing(p -> builds.get(p.build()), BY_TIME))
                .map(p -> new TrendPoint(p.build(), builds.get(p.build()).label(), p.mean())).toList();
        double ratio = TrendRule.ratio(trend.stream().mapToDouble(TrendPoint::y).toArray(), info.lessIsBetter());
        List<Integer> inside = changePoints.getOrDefault(info.key(), List.of()).stream()
                .filter(b -> b >= summary.firstBuild() && b <= summary.lastBuild()).sorted().toList();
        return new SeriesTrend(info.key(), info.key().displayName(), info.lessIsBetter(), trend, ratio,
                TrendClass.of(ratio), TrendClass.drawsTrendLine(ratio), inside);
    }

    private static List<TrendClass> shownByDefault(final Map<TrendClass, Integer> counts) {
        List<TrendClass> degradations = counts.entrySet().stream()
                .filter(e -> e.getKey().isDegradation() && e.getValue() > 0).map(Map.Entry::getKey).sorted().toList();
        if (!degradations.isEmpty()) {
            return degradations;
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).sorted().limit(1)
                .toList();
    }
}
