package io.jenkins.plugins.perftracker.core.compare;

import io.jenkins.plugins.perftracker.core.stats.ChangeEstimate;

/**
 * The unadjusted statistics of one series between two runs, before the multiple-testing step.
 *
 * @param change       the relative change new/old − 1 of the centres (medians of raw samples, else means)
 * @param pMannWhitney Mann-Whitney U's p, NaN without enough raw samples
 * @param pTTest       Welch's t-test p (from raw samples or summaries), NaN when it cannot run
 * @param method       the rule that judges the cell
 * @param note         why nothing can be concluded, or null
 * @param lessIsBetter the older test's direction
 * @param ruleSays     for the rules without a p-value (tool error, threshold): whether they see a change
 * @param basis        a footnote naming the rule and why it was chosen, empty for the default rank test
 */
record PairStats(ChangeEstimate change, double pMannWhitney, double pTTest, Method method, String note,
        boolean lessIsBetter, boolean ruleSays, String basis) {
    /** The p-value that decides: Mann-Whitney's for the rank test, Welch's for the t-tests, NaN otherwise. */
    double decidingP() {
        if (note != null || !method.hasPValue()) {
            return Double.NaN;
        }
        return method == Method.MANN_WHITNEY ? pMannWhitney : pTTest;
    }

    static PairStats inconclusive(final String note, final ChangeEstimate change, final boolean lessIsBetter) {
        return new PairStats(change, Double.NaN, Double.NaN, Method.NONE, note, lessIsBetter, false, "");
    }
}
