package io.jenkins.plugins.perftracker.core.verdict;

import java.util.List;

import io.jenkins.plugins.perftracker.core.compare.Outcome;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.stats.ChangeEstimate;

/**
 * The verdict on one series of the new build.
 *
 * @param series         the series
 * @param lessIsBetter   its direction
 * @param outcome        regressed, improved, unchanged or inconclusive (Holm-adjusted p and minimum effect)
 * @param baselineBuilds the builds the baseline was made of, oldest first
 * @param baselineMean   the baseline's mean (the mean of its builds' means), NaN without baseline
 * @param newMean        the new build's mean, NaN without value
 * @param change         the relative change with its interval
 * @param method         "welch-summary" (one baseline build) or "prediction" (several), "" when untested
 * @param pValue         the p-value before adjustment, NaN when untested
 * @param pAdjusted      the Holm-adjusted p-value across the build's series
 * @param acknowledged   whether a user acknowledged this change: not reported, not gated
 * @param note           why the series is inconclusive or acknowledged, empty otherwise
 */
@SuppressWarnings("PMD.ExcessiveParameterList")
public record SeriesVerdict(SeriesKey series, boolean lessIsBetter, Outcome outcome, List<Integer> baselineBuilds,
        double baselineMean, double newMean, ChangeEstimate change, String method, double pValue, double pAdjusted,
        boolean acknowledged, String note) {
    public SeriesVerdict {
        baselineBuilds = List.copyOf(baselineBuilds);
    }

    /** How much worse in percent (positive = worse, whatever the direction). */
    public double worsePercent() {
        double percent = 100 * change.change();
        return lessIsBetter ? percent : -percent;
    }
}
