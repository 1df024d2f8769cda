package io.jenkins.plugins.perftracker.core.compare;

import java.util.List;

/**
 * The summary of one pair of runs over a set of rows (a group, or the whole comparison). Geometric means are
 * taken per unit and direction, as benchstat does, and never across them; the overall figure is oriented by each
 * series' direction. The four counts partition the rows.
 *
 * @param against      index of the earlier run
 * @param run          index of the newer run
 * @param geomeans     one geometric mean of the change ratios per unit and direction, in order of first appearance
 * @param betterRatio  geometric mean of the oriented ratios (less-is-better ratios inverted): above 1 is better
 * @param withRatio    how many rows entered the geometric means (judged rows with a change)
 * @param series       how many rows the summary covers: regressed + improved + unchanged + inconclusive
 * @param regressed    rows whose triage outcome is REGRESSED
 * @param improved     rows whose triage outcome is IMPROVED
 * @param unchanged    rows whose triage outcome is UNCHANGED
 * @param inconclusive rows whose triage outcome is INCONCLUSIVE
 */
public record PairSummary(int against, int run, List<UnitGeomean> geomeans, double betterRatio, int withRatio,
        int series, int regressed, int improved, int unchanged, int inconclusive) {
    public PairSummary {
        geomeans = List.copyOf(geomeans);
        if (regressed + improved + unchanged + inconclusive != series) {
            throw new IllegalArgumentException("the outcome counts must partition the " + series + " series");
        }
    }

    /**
     * The geometric mean of new/old over the rows of one unit and direction.
     *
     * @param unit         the unit
     * @param lessIsBetter the direction of these rows
     * @param ratio        the geometric mean of the ratios new/old of the centres
     * @param count        how many rows entered it
     */
    public record UnitGeomean(String unit, boolean lessIsBetter, double ratio, int count) {
    }
}
