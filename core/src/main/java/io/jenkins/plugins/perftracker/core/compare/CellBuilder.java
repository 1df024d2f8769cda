package io.jenkins.plugins.perftracker.core.compare;

import io.jenkins.plugins.perftracker.core.model.PerfTest;

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
        return new PairCell(against, run, ratio, text, legacyCell, legacy, stats.change(),
                stats.method(), stats.pMannWhitney(), stats.pTTest(), stats.decidingP(), pBh, pHolm,
                decide(options, stats, pBh), decide(options, stats, pHolm), stats.note() == null ? "" : stats.note());
    }

    /** Significant after adjustment AND at least the minimum effect, in the series' direction. */
    static Outcome decide(final CompareOptions options, final PairStats stats, final double adjustedP) {
        if (stats.note() != null || Double.isNaN(adjustedP)) {
            return Outcome.INCONCLUSIVE;
        }
        double change = stats.change().change();
        if (adjustedP < options.alpha() && Math.abs(change) >= options.minEffect()) {
            return Outcome.of(change, stats.lessIsBetter());
        }
        return Outcome.UNCHANGED;
    }
}
