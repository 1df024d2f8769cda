package io.jenkins.plugins.perftracker.publish;

import java.util.List;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePoint;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.verdict.ChangePointLocator;

/** The change-point baseline: the builds since a series' last change point, found by the engine's detector. */
final class ChangePoints {
    private static final ChangePointDetector DETECTOR = new ChangePointDetector();

    private ChangePoints() {
    }

    static ChangePointLocator locator() {
        return values -> {
            List<ChangePoint> points = DETECTOR.detect(values);
            return points.isEmpty() ? 0 : points.get(points.size() - 1).index();
        };
    }
}
