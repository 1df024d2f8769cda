package io.jenkins.plugins.perftracker.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.jenkins.plugins.perftracker.core.stats.GeometricMeans;

/** Summarises rows per pair of runs: geometric means of the score ratios and outcome counts. */
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
        double[] ratios = new double[rows.size()];
        double[] better = new double[rows.size()];
        int used = 0;
        int[] counts = new int[Outcome.values().length];
        for (Row row : rows) {
            counts[row.cell(against, run).outcome().ordinal()]++;
            double older = row.values().get(against).score();
            double newer = row.values().get(run).score();
            if (older > 0 && newer > 0) {
                ratios[used] = newer / older;
                better[used++] = row.lessIsBetter() ? older / newer : newer / older;
            }
        }
        return new PairSummary(against, run, GeometricMeans.of(Arrays.copyOf(ratios, used)),
                GeometricMeans.of(Arrays.copyOf(better, used)), used,
                counts[Outcome.REGRESSED.ordinal()], counts[Outcome.IMPROVED.ordinal()],
                counts[Outcome.UNCHANGED.ordinal()], counts[Outcome.INCONCLUSIVE.ordinal()]);
    }
}
