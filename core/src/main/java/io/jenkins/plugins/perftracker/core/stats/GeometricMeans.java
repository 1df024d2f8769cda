package io.jenkins.plugins.perftracker.core.stats;

import org.apache.commons.statistics.descriptive.GeometricMean;

/**
 * Geometric means of ratios: the suite-level summary of many per-benchmark changes (benchstat's geomean row),
 * where a doubling and a halving cancel out.
 */
public final class GeometricMeans {
    private GeometricMeans() {
    }

    /** The geometric mean of positive values; NaN when there is none or one is not positive. */
    public static double of(final double... values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        for (double v : values) {
            if (!(v > 0) || Double.isInfinite(v)) {
                return Double.NaN;
            }
        }
        return GeometricMean.of(values).getAsDouble();
    }
}
