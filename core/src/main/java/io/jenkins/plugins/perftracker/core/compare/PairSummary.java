package io.jenkins.plugins.perftracker.core.compare;

/**
 * The geometric-mean summary of one pair of runs over a set of rows (a group, or the whole comparison), and its
 * outcome counts.
 *
 * @param against      index of the earlier run
 * @param run          index of the newer run
 * @param ratio        geometric mean of new/old score ratios over the rows with positive scores on both sides
 * @param betterRatio  the same with less-is-better ratios inverted: above 1 means better overall
 * @param rows         how many rows entered the geometric means
 * @param regressed    rows whose triage outcome is REGRESSED
 * @param improved     rows whose triage outcome is IMPROVED
 * @param unchanged    rows whose triage outcome is UNCHANGED
 * @param inconclusive rows whose triage outcome is INCONCLUSIVE
 */
public record PairSummary(int against, int run, double ratio, double betterRatio, int rows, int regressed,
        int improved, int unchanged, int inconclusive) {
}
