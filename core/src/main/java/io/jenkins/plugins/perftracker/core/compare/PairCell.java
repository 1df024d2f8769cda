package io.jenkins.plugins.perftracker.core.compare;

import io.jenkins.plugins.perftracker.core.stats.ChangeEstimate;

/**
 * One "% vs #k" cell of a row: the series in run {@code run} against the earlier run {@code against}.
 *
 * @param against        index of the earlier run (0-based; PerfTracker labels it #against+1)
 * @param run            index of the newer run
 * @param symmetricRatio PerfTracker's symmetric ratio in percent, NaN when a value is missing
 * @param ratioText      the ratio as PerfTracker shows it ("+12%"), "-" when a value is missing
 * @param legacyCell     PerfTracker's API text of the cell ("12 1", "- 0")
 * @param legacyColour   what PerfTracker would colour the cell (its pooled t-test, p &lt; 0.1)
 * @param change         the relative change new/old − 1 of the centres (medians, or means without raw samples)
 *                       with its confidence interval
 * @param method         the rule that decides
 * @param pMannWhitney   Mann-Whitney U's p, NaN without raw samples
 * @param pTTest         Welch's t-test p, NaN when it cannot run
 * @param pValue         the deciding p before adjustment
 * @param pAdjustedBh    Benjamini–Hochberg adjusted p across the series of this pair of runs (triage)
 * @param pAdjustedHolm  Holm adjusted p across the same family (pass/fail gate)
 * @param outcome        the triage outcome (BH-adjusted p &lt; alpha and |change| ≥ minimum effect)
 * @param gateOutcome    the gate outcome (Holm-adjusted p &lt; alpha and |change| ≥ minimum effect)
 * @param note           why the cell is inconclusive, empty otherwise
 * @param basis          the footnote naming the rule that judged the cell and why, empty for the rank test
 * @param whyUnchanged   why an unchanged cell is "~" although its p (or rule) says change: "|Δ|&lt;2%", the
 *                       adjusted p; empty otherwise
 */
@SuppressWarnings("PMD.ExcessiveParameterList")
public record PairCell(int against, int run, double symmetricRatio, String ratioText, String legacyCell,
        LegacyColour legacyColour, ChangeEstimate change, Method method, double pMannWhitney, double pTTest,
        double pValue, double pAdjustedBh, double pAdjustedHolm, Outcome outcome, Outcome gateOutcome, String note,
        String basis, String whyUnchanged) {
    /** Whether the outcome should be coloured: only regressions and improvements are. */
    public boolean isColoured() {
        return outcome == Outcome.REGRESSED || outcome == Outcome.IMPROVED;
    }
}
