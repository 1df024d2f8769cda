package io.jenkins.plugins.perftracker.core.verdict;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;

import static io.jenkins.plugins.perftracker.core.verdict.History.*;
import static org.assertj.core.api.Assertions.*;

class BaselineSelectorTest {
    private static final List<SeriesPoint> POINTS = List.of(point(5, Status.SUCCESS), point(1, Status.SUCCESS),
            point(3, Status.FAILED), point(2, Status.SUCCESS), point(4, Status.SKIPPED), point(7, Status.SUCCESS));

    @Test
    void shouldUseOnlyEarlierBuildsWithAValueInBuildOrder() {
        BaselineSelector selector = new BaselineSelector(Baseline.window(10), Set.of(), ChangePointLocator.NONE);

        assertThat(builds(selector.select(6, POINTS, List.of()))).containsExactly(1, 2, 3, 5);
    }

    @Test
    void shouldPickThePreviousAndTheLastSuccessfulBuild() {
        assertThat(builds(new BaselineSelector(Baseline.previous(), Set.of(), ChangePointLocator.NONE)
                .select(6, POINTS, List.of()))).containsExactly(5);
        assertThat(builds(new BaselineSelector(Baseline.lastSuccessful(), Set.of(1, 2), ChangePointLocator.NONE)
                .select(6, POINTS, List.of()))).containsExactly(2);
        assertThat(new BaselineSelector(Baseline.lastSuccessful(), Set.of(), ChangePointLocator.NONE)
                .select(6, POINTS, List.of())).isEmpty();
    }

    @Test
    void shouldHandTheLocatorTheEarlierValuesOldestFirst() {
        double[][] seen = new double[1][];
        ChangePointLocator spy = values -> {
            seen[0] = values.clone();
            return 2;
        };

        List<SeriesPoint> selected = new BaselineSelector(Baseline.changePoint(0), Set.of(), spy)
                .select(6, POINTS, List.of());

        assertThat(seen[0]).containsExactly(10, 20, 30, 50);
        assertThat(builds(selected)).containsExactly(3, 5);
    }

    @Test
    void shouldApplyAcknowledgementsToTheBaseline() {
        BaselineSelector selector = new BaselineSelector(Baseline.window(10), Set.of(), ChangePointLocator.NONE);

        assertThat(builds(selector.select(6, POINTS, List.of(Acknowledgement.range(LOGIN, 2, 3, "")))))
                .containsExactly(1, 5);
        assertThat(builds(selector.select(6, POINTS, List.of(Acknowledgement.from(LOGIN, 3, ""),
                Acknowledgement.from(LOGIN, 2, ""))))).containsExactly(3, 5);
        assertThat(builds(selector.select(6, POINTS, List.of(Acknowledgement.from(LOGIN, 9, "")))))
                .containsExactly(1, 2, 3, 5);
    }

    private static SeriesPoint point(final int build, final Status status) {
        return new SeriesPoint(build, build, build * 10, 1, 5, status);
    }

    private static List<Integer> builds(final List<SeriesPoint> points) {
        return points.stream().map(SeriesPoint::build).toList();
    }
}
