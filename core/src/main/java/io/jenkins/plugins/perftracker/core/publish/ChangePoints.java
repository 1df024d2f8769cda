package io.jenkins.plugins.perftracker.core.publish;

import java.util.List;
import java.util.Locale;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePoint;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions;
import io.jenkins.plugins.perftracker.core.verdict.ChangePointLocator;

/** The change-point detector a controller uses, and the change-point baseline built on it. */
public final class ChangePoints {
    private ChangePoints() {
    }

    /**
     * The detector of a mode as users write it: {@code robust} (the default, blank: holds its false-alarm rate on
     * Gaussian and heavy-tailed series alike), {@code calibrated} (Otava's method with calibrated significance),
     * {@code rank} (rank tests throughout) or {@code otava} (Otava's own figures, for parity).
     *
     * @throws IllegalArgumentException naming the accepted modes
     */
    public static ChangePointDetector detector(final String mode) {
        String name = mode == null || mode.isBlank() ? "robust" : mode.strip().toUpperCase(Locale.ROOT);
        try {
            return new ChangePointDetector(ChangePointOptions.defaults().withMode(ChangePointOptions.Mode.valueOf(
                    name.toUpperCase(Locale.ROOT))));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("change-point mode: robust, calibrated, rank or otava expected but was '"
                    + mode + "'", e);
        }
    }

    /** The index of the first value after the last change point, 0 when there is none. */
    public static ChangePointLocator locator(final ChangePointDetector detector) {
        return values -> {
            List<ChangePoint> points = detector.detect(values);
            return points.isEmpty() ? 0 : points.get(points.size() - 1).index();
        };
    }

    /** {@link #locator(ChangePointDetector)} with the default detector. */
    public static ChangePointLocator locator() {
        return locator(new ChangePointDetector());
    }
}
