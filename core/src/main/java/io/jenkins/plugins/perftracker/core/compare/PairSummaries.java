package io.jenkins.plugins.perftracker.core.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.stats.GeometricMeans;

/**
 * Summarises rows per pair of runs: geometric means of the same change ratios the cells show, one per unit and
 * direction, an oriented overall ratio, and outcome counts that partition the rows. An inconclusive row (a
 * missing or failed value) shows its size but stays out of the geometric means.
 */
final class PairSummaries {
    private PairSummaries() {
    }

    static List<PairSummary> of(final List<Row> rows, final int runCount) {
        List<PairSummary> summaries = new ArrayList<>();
        for (int run = 1; run < runCount; run++) {
            for (int against = 0; against < run; against++) {
                summaries.add(summary(rows, against, run));
            }
        }
        return summaries;
    }

    private static PairSummary summary(final List<Row> rows, final int against, final int run) {
        Map<String, List<Double>> byUnit = new LinkedHashMap<>();
        List<Double> better = new ArrayList<>();
        int[] counts = new int[Outcome.values().length];
        for (Row row : rows) {
            PairCell cell = row.cell(against, run);
            counts[cell.outcome().ordinal()]++;
            double ratio = 1 + cell.change().change();
            if (cell.outcome() != Outcome.INCONCLUSIVE && ratio > 0 && Double.isFinite(ratio)) {
                byUnit.computeIfAbsent(row.key().getUnit() + '\n' + row.lessIsBetter(), k -> new ArrayList<>())
                        .add(ratio);
                better.add(row.lessIsBetter() ? 1 / ratio : ratio);
            }
        }
        List<PairSummary.UnitGeomean> geomeans = new ArrayList<>();
        byUnit.forEach((key, ratios) -> geomeans.add(new PairSummary.UnitGeomean(key.substring(0, key.indexOf('\n')),
                Boolean.parseBoolean(key.substring(key.indexOf('\n') + 1)), geomean(ratios), ratios.size())));
        return new PairSummary(against, run, geomeans, geomean(better), better.size(), rows.size(),
                counts[Outcome.REGRESSED.ordinal()], counts[Outcome.IMPROVED.ordinal()],
                counts[Outcome.UNCHANGED.ordinal()], counts[Outcome.INCONCLUSIVE.ordinal()]);
    }

    private static double geomean(final List<Double> values) {
        return GeometricMeans.of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
