package io.jenkins.plugins.perftracker.core.changepoint;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Corrects the p-value of the best split for having been chosen among many. The test of the arg-max split
 * of pure noise is far more extreme than a fixed split's: a seeded simulation (200,000 windows of N(0, 1)
 * per length, docs/change-points.md) finds "p ≤ x" on 11x (x = 0.01) to 27x (x = 1e-5) more windows than x
 * at 50 values. The inflation grows like the squared normal quantile of p times the log of the length, the
 * shape of Siegmund's tail approximation for the maximum of a two-sample scan; so the correction is Šidák
 * over an effective number of splits {@code m = max(1, 0.45 · z(p)² · ln L)}, with 0.45 fitted to bound the
 * simulated inflation from above at every simulated length (10, 25, 50) and level (0.05 .. 1e-5).
 * Closed form: deterministic and free at run time.
 */
final class SplitCalibration {
    private static final double SLOPE = 0.45;
    /** The slope for the split of largest |t| among all positions of a segment (bounds the simulation, L ≤ 1000). */
    private static final double EXHAUSTIVE_SLOPE = 0.65;
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

    private SplitCalibration() {
    }

    /** The corrected p-value of a split chosen among the positions of {@code searched} values. */
    static double correct(final double p, final int searched) {
        return correct(p, searched, SLOPE);
    }

    /**
     * The corrected p-value of the split with the largest |t| among all positions of a segment of {@code length}
     * values (a seeded simulation, docs/change-points.md, finds the inflation 0.43..0.64 · z(p)² · ln L).
     */
    static double correctExhaustive(final double p, final int length) {
        return correct(p, length, EXHAUSTIVE_SLOPE);
    }

    private static double correct(final double p, final int searched, final double slope) {
        if (p >= 1 || searched <= 2) {
            return Math.min(p, 1.0);
        }
        double z = NORMAL.inverseSurvivalProbability(Math.max(p, Double.MIN_NORMAL) / 2);
        double splits = Math.max(1.0, slope * z * z * Math.log(searched));
        return Math.min(1.0, -Math.expm1(splits * Math.log1p(-p)));
    }
}
