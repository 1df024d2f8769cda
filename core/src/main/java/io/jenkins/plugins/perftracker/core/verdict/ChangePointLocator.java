package io.jenkins.plugins.perftracker.core.verdict;

import java.util.function.ToIntFunction;

/**
 * Finds where the current regime of a series starts: given the values of the earlier builds (oldest first), the
 * index of the first value after the last change point, 0 when there is none. The change-point detector
 * implements it; the verdict does not depend on it.
 */
@FunctionalInterface
public interface ChangePointLocator {
    /** No change points: the whole history is one regime. */
    ChangePointLocator NONE = values -> 0;

    int startOfCurrentSegment(double[] values);

    /** Adapts any function with the same contract. */
    static ChangePointLocator of(final ToIntFunction<double[]> function) {
        return function::applyAsInt;
    }
}
