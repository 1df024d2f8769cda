package io.jenkins.plugins.perftracker.core.verdict;

import io.jenkins.plugins.perftracker.core.model.SeriesKey;

/**
 * A quality gate: triggered when the metric reaches the threshold.
 *
 * @param metric      what is measured
 * @param threshold   the count (REGRESSION_COUNT) or percentage (WORST_CHANGE) that triggers the gate
 * @param criticality what a triggered gate does to the build
 * @param series      the one series the gate watches, or null for all series (global)
 */
public record QualityGate(GateMetric metric, double threshold, Criticality criticality, SeriesKey series) {
    public QualityGate {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("a positive, finite gate threshold expected but was " + threshold);
        }
    }

    /** A gate over all series. */
    public static QualityGate global(final GateMetric metric, final double threshold, final Criticality criticality) {
        return new QualityGate(metric, threshold, criticality, null);
    }

    public boolean isGlobal() {
        return series == null;
    }

    boolean covers(final SeriesKey key) {
        return series == null || series.equals(key);
    }
}
