package io.jenkins.plugins.perftracker.core.compare;

import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.stats.FixedPoint;

/** Builds one cell from a pair's statistics, its adjusted p-values and PerfTracker's legacy rule. */
final class CellBuilder {
    private CellBuilder() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    static PairCell cell(final CompareOptions options, final PerfTest older, final PerfTest newer, final int against,
            final int run, final PairStats stats, final double pBh, final double pHolm) {
        boolean both = older != null && newer != null;
        double ratio = both
                ? PerfTrackerRatio.symmetric(older.getStats().getAvgScore(), newer.getStats().getAvgScore())
                : Double.NaN;
        String text = both ? PerfTrackerRatio.format(ratio) : PerfTrackerRatio.MISSING;
        LegacyColour legacy = both ? PerfTrackerLegacy.colour(older, newer) : LegacyColour.EQUAL;
        String legacyCell = both ? PerfTrackerLegacy.cell(ratio, legacy) : PerfTrackerLegacy.cell(null, null);
        Outcome outcome = decide(options, stats, pBh);
        return new PairCell(against, run, ratio, text, legacyCell, legacy, stats.change(),
                stats.method(), stats.pMannWhitney(), stats.pTTest(), stats.decidingP(), pBh, pHolm,
                outcome, decide(options, stats, pHolm), stats.note() == null ? "" : stats.note(), stats.basis(),
                outcome == Outcome.UNCHANGED ? whyUnchanged(options, stats, pBh) : "");
    }

    /**
     * Significant (after adjustment, or by the rule of a test without p) AND at least the minimum effect, in the
     * series' direction.
     */
    static Outcome decide(final CompareOptions options, final PairStats stats, final double adjustedP) {
        if (stats.note() != null || !stats.change().hasEstimate()
                || stats.method().hasPValue() && Double.isNaN(adjustedP)) {
            return Outcome.INCONCLUSIVE;
        }
        double change = stats.change().change();
        boolean large = Math.abs(change) >= options.minEffect();
        boolean significant = stats.method().hasPValue() ? adjustedP < options.alpha() : stats.ruleSays();
        return significant && large ? Outcome.of(change, stats.lessIsBetter()) : Outcome.UNCHANGED;
    }

    /** Why a cell is "~" although its test may look significant: the minimum effect or the adjustment. */
    static String whyUnchanged(final CompareOptions options, final PairStats stats, final double adjustedP) {
        double change = stats.change().change();
        String small = "|Δ|<" + percent(options.minEffect());
        if (!stats.method().hasPValue()) {
            return stats.ruleSays() ? small : "";
        }
        if (adjustedP < options.alpha()) {
            return change == 0 ? "" : small;
        }
        if (stats.decidingP() < options.alpha()) {
            return "BH-adjusted p=" + FixedPoint.of(adjustedP, 3);
        }
        return "";
    }

    private static String percent(final double fraction) {
        return java.math.BigDecimal.valueOf(100 * fraction).stripTrailingZeros().toPlainString() + "%";
    }
}
