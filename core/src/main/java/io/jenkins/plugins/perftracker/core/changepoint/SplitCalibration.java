package io.jenkins.plugins.perftracker.core.changepoint;

/**
 * Corrects the p-value of the best split for having been chosen among many: the test statistic of the
 * arg-max split of pure noise is far more extreme than a fixed split's (measured: "p ≤ 0.01" on 12% of
 * noise windows). Šidák over the candidate split positions, {@code 1 − (1 − p)^k}: a bound that holds for any
 * dependence between the positions' tests up to Bonferroni's, and deterministic and free at run time.
 * docs/change-points.md shows the measured null rates that justify it.
 */
final class SplitCalibration {
    private SplitCalibration() {
    }

    /** The corrected p-value of a split chosen among the positions of {@code searched} values. */
    static double correct(final double p, final int searched) {
        int positions = Math.max(1, searched - 1);
        if (p >= 1) {
            return 1;
        }
        return Math.min(1.0, -Math.expm1(positions * Math.log1p(-p)));
    }
}
