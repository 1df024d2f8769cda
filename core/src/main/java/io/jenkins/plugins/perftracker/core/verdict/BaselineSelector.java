package io.jenkins.plugins.perftracker.core.verdict;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.jenkins.plugins.perftracker.core.model.SeriesPoint;

/**
 * Picks the baseline points of one series for a new build: earlier builds with a value, minus builds inside
 * acknowledged ranges, from the start of an accepted new normal on, then as the baseline kind says.
 */
final class BaselineSelector {
    private final Baseline baseline;
    private final Set<Integer> successful;
    private final ChangePointLocator locator;

    BaselineSelector(final Baseline baseline, final Set<Integer> successful, final ChangePointLocator locator) {
        this.baseline = baseline;
        this.successful = Set.copyOf(successful);
        this.locator = locator;
    }

    /** The baseline points, oldest first; empty when there is none. */
    List<SeriesPoint> select(final int build, final List<SeriesPoint> history, final List<Acknowledgement> acks) {
        int normalFrom = acks.stream().filter(a -> a.isOpen() && a.fromBuild() <= build)
                .mapToInt(Acknowledgement::fromBuild).max().orElse(0);
        List<SeriesPoint> earlier = history.stream()
                .filter(p -> p.build() < build && p.build() >= normalFrom && p.hasValue())
                .filter(p -> acks.stream().noneMatch(a -> a.contains(p.build())))
                .sorted(Comparator.comparingInt(SeriesPoint::build)).toList();
        return switch (baseline.kind()) {
            case PREVIOUS -> last(earlier, 1);
            case LAST_SUCCESSFUL -> last(earlier.stream().filter(p -> successful.contains(p.build())).toList(), 1);
            case PINNED -> earlier.stream().filter(p -> p.build() == baseline.build()).toList();
            case WINDOW -> last(earlier, baseline.window());
            case CHANGE_POINT -> sinceChangePoint(earlier);
        };
    }

    private List<SeriesPoint> sinceChangePoint(final List<SeriesPoint> earlier) {
        double[] values = earlier.stream().mapToDouble(SeriesPoint::mean).toArray();
        int start = values.length == 0 ? 0 : locator.startOfCurrentSegment(values);
        if (start < 0 || start > values.length) {
            throw new IllegalStateException("the change-point locator returned " + start + " for " + values.length
                    + " values; expected an index in 0.." + values.length);
        }
        List<SeriesPoint> segment = earlier.subList(start, earlier.size());
        return baseline.window() > 0 ? last(segment, baseline.window()) : segment;
    }

    private static List<SeriesPoint> last(final List<SeriesPoint> points, final int count) {
        return List.copyOf(points.subList(Math.max(0, points.size() - count), points.size()));
    }
}
