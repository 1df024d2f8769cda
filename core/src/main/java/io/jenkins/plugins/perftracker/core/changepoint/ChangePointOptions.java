package io.jenkins.plugins.perftracker.core.changepoint;

import java.io.Serializable;

/**
 * The settings of a {@link ChangePointDetector}, immutable.
 *
 * @param window       points per sliding window of the split pass (Otava's {@code window_len}), at least 4
 * @param maxPValue    a change point is kept when its p-value is below this (in (0, 1))
 * @param minMagnitude ... or when its relative change is larger than this (0 = p-value only)
 * @param mode         how significance is computed
 */
public record ChangePointOptions(int window, double maxPValue, double minMagnitude, Mode mode)
        implements Serializable {
    /** Otava's default window. */
    public static final int DEFAULT_WINDOW = 50;
    /** Otava's default p-value; in the calibrated modes it is a real false-alarm probability per test. */
    public static final double DEFAULT_P_VALUE = 0.001;

    /** How the p-value of a split is computed. */
    public enum Mode {
        /** Otava parity: pooled Student t with biased (ddof=0) deviations, p not corrected for the split search. */
        OTAVA,
        /** Pooled Student t (ddof=1), p corrected for the search over the candidate splits (the default). */
        CALIBRATED,
        /** Mann-Whitney rank-sum on the split, same correction: for heavy-tailed data such as latencies. */
        RANK,
        /**
         * The default: calibrated t-tests whose change points the rank-sum test must confirm, positions refined
         * over the whole segment, segments rescanned, and a short test of the newest values; holds its false
         * alarm rate on Gaussian and heavy-tailed noise alike.
         */
        ROBUST
    }

    /** Validates the settings. */
    public ChangePointOptions {
        if (window < 4 || window > 10_000) {
            throw new IllegalArgumentException("window must be in [4, 10000] but was " + window);
        }
        if (!(maxPValue > 0 && maxPValue < 1)) {
            throw new IllegalArgumentException("maxPValue must be in (0, 1) but was " + maxPValue);
        }
        if (!(minMagnitude >= 0 && Double.isFinite(minMagnitude))) {
            throw new IllegalArgumentException("minMagnitude must be a finite number >= 0 but was " + minMagnitude);
        }
        if (mode == null) {
            throw new IllegalArgumentException("mode must be set");
        }
    }

    /** The recommended settings: the robust mode, window 50, p 0.001, no magnitude filter. */
    public static ChangePointOptions defaults() {
        return new ChangePointOptions(DEFAULT_WINDOW, DEFAULT_P_VALUE, 0.0, Mode.ROBUST);
    }

    /** Apache Otava's defaults ({@code window_len=50, max_pvalue=0.001, min_magnitude=0.0}). */
    public static ChangePointOptions otava() {
        return defaults().withMode(Mode.OTAVA);
    }

    /** A copy with another window. */
    public ChangePointOptions withWindow(final int newWindow) {
        return new ChangePointOptions(newWindow, maxPValue, minMagnitude, mode);
    }

    /** A copy with another p-value threshold. */
    public ChangePointOptions withMaxPValue(final double newMaxPValue) {
        return new ChangePointOptions(window, newMaxPValue, minMagnitude, mode);
    }

    /** A copy with another magnitude threshold. */
    public ChangePointOptions withMinMagnitude(final double newMinMagnitude) {
        return new ChangePointOptions(window, maxPValue, newMinMagnitude, mode);
    }

    /** A copy with another mode. */
    public ChangePointOptions withMode(final Mode newMode) {
        return new ChangePointOptions(window, maxPValue, minMagnitude, newMode);
    }

    /**
     * The relaxed threshold of the split pass ("weak" change points), as Otava derives it from the strict
     * one: 10x below 0.05, 2x below 0.5, else unchanged. The calibrated modes derive it from 10x the strict
     * one, because their p-values are 11-27x larger than raw ones (see {@link SplitCalibration}); otherwise
     * a 50-value window could never pass a 1σ step on to the merge pass.
     */
    double weakPValue() {
        double strict = mode == Mode.OTAVA ? maxPValue : Math.min(0.5, maxPValue * 10);
        if (strict < 0.05) {
            return strict * 10;
        }
        return strict < 0.5 ? strict * 2 : strict;
    }
}
