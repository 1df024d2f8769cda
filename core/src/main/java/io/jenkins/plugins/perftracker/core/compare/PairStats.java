package io.jenkins.plugins.perftracker.core.compare;

import io.jenkins.plugins.perftracker.core.stats.ChangeEstimate;

/**
 * The unadjusted statistics of one series between two runs, before the multiple-testing step.
 *
 * @param change       the relative change new/old − 1 with its interval
 * @param pMannWhitney Mann-Whitney U's p, NaN without raw samples
 * @param pTTest       Welch's t-test p (from raw samples or summaries), NaN when it cannot run
 * @param method       the test whose p decides
 * @param note         why nothing can be concluded, or null
 * @param lessIsBetter the older test's direction
 */
record PairStats(ChangeEstimate change, double pMannWhitney, double pTTest, Method method, String note,
        boolean lessIsBetter) {
    /** The p-value that decides: Mann-Whitney's with raw samples, Welch's otherwise. */
    double decidingP() {
        if (note != null) {
            return Double.NaN;
        }
        return method == Method.MANN_WHITNEY ? pMannWhitney : pTTest;
    }

    static PairStats inconclusive(final String note, final boolean lessIsBetter, final double confidence) {
        return new PairStats(ChangeEstimate.none(confidence), Double.NaN, Double.NaN, Method.NONE, note, lessIsBetter);
    }
}
