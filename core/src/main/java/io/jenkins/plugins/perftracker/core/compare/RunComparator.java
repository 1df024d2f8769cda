package io.jenkins.plugins.perftracker.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.stats.PValueAdjustment;

/**
 * Compares 2..N runs: matches their tests, tests every series between every pair of runs, adjusts the p-values
 * of each pair across all its series (Benjamini–Hochberg for the triage outcome, Holm for the gate outcome)
 * and summarises groups and the whole comparison by geometric means. Deterministic; the runs are not changed.
 */
public final class RunComparator {
    /** Rows are independent: large comparisons use every core (results are stored by index, so deterministic). */
    private static final int PARALLEL_ROWS = 256;
    /** Every run is compared with every earlier one: 32 runs already make 496 columns per row. */
    public static final int MAX_RUNS = 32;

    private final CompareOptions options;
    private final PairAnalyzer analyzer;

    public RunComparator(final CompareOptions options) {
        this.options = options;
        this.analyzer = new PairAnalyzer(options);
    }

    /**
     * Compares the runs in the given order (#1 is the oldest column). One run gives its results table alone (no
     * cells, no summaries): the report of a single run shows it that way.
     */
    public Comparison compare(final List<PerfRun> runs) {
        if (runs.isEmpty() || runs.size() > MAX_RUNS) {
            throw new IllegalArgumentException(
                    "1 to " + MAX_RUNS + " runs expected for a comparison but got " + runs.size());
        }
        Map<String, Map<String, Map<SeriesKey, PerfTest[]>>> matched = TestMatcher.match(runs);
        List<PerfTest[]> rows = matched.values().stream().flatMap(g -> g.values().stream())
                .flatMap(s -> s.values().stream()).toList();
        int pairs = runs.size() * (runs.size() - 1) / 2;
        PairStats[][] stats = new PairStats[rows.size()][pairs];
        IntStream indexes = IntStream.range(0, rows.size());
        (rows.size() >= PARALLEL_ROWS ? indexes.parallel() : indexes).forEach(r -> analyzeRow(rows.get(r), stats[r]));
        CellFactory cells = new CellFactory(options, stats);
        List<GroupComparison> groups = assemble(matched, cells, runs.size());
        List<Row> all = groups.stream().flatMap(g -> g.sections().stream()).flatMap(s -> s.rows().stream()).toList();
        return new Comparison(runs.stream().map(PerfRun::getTitle).toList(), options, groups,
                PairSummaries.of(all, runs.size()));
    }

    private void analyzeRow(final PerfTest[] tests, final PairStats[] target) {
        int pair = 0;
        for (int run = 1; run < tests.length; run++) {
            for (int against = 0; against < run; against++) {
                target[pair++] = analyzer.analyze(tests[against], tests[run], against, run);
            }
        }
    }

    private static List<GroupComparison> assemble(final Map<String, Map<String, Map<SeriesKey, PerfTest[]>>> matched,
            final CellFactory cells, final int runCount) {
        List<GroupComparison> groups = new ArrayList<>();
        int rowIndex = 0;
        for (Map.Entry<String, Map<String, Map<SeriesKey, PerfTest[]>>> group : matched.entrySet()) {
            List<Section> sections = new ArrayList<>();
            List<Row> groupRows = new ArrayList<>();
            for (Map.Entry<String, Map<SeriesKey, PerfTest[]>> section : group.getValue().entrySet()) {
                List<Row> rows = new ArrayList<>();
                for (Map.Entry<SeriesKey, PerfTest[]> row : section.getValue().entrySet()) {
                    rows.add(cells.row(row.getKey(), row.getValue(), rowIndex++));
                }
                String key = section.getKey();
                sections.add(new Section(key, key.isEmpty() ? Section.DEFAULT_TITLE : key, rows));
                groupRows.addAll(rows);
            }
            groups.add(new GroupComparison(group.getKey(), sections, PairSummaries.of(groupRows, runCount)));
        }
        return groups;
    }

    /** Turns the statistics into cells once the adjusted p-values of every pair are known. */
    private static final class CellFactory {
        private final CompareOptions options;
        private final PairStats[][] stats;
        private final double[][] bh;
        private final double[][] holm;

        CellFactory(final CompareOptions options, final PairStats[][] stats) {
            this.options = options;
            this.stats = stats;
            int pairs = stats.length == 0 ? 0 : stats[0].length;
            bh = new double[pairs][];
            holm = new double[pairs][];
            for (int pair = 0; pair < pairs; pair++) {
                double[] p = new double[stats.length];
                for (int r = 0; r < stats.length; r++) {
                    p[r] = stats[r][pair].decidingP();
                }
                bh[pair] = PValueAdjustment.benjaminiHochberg(p);
                holm[pair] = PValueAdjustment.holm(p);
            }
        }

        Row row(final SeriesKey key, final PerfTest[] tests, final int rowIndex) {
            List<RunValue> values = new ArrayList<>();
            for (PerfTest test : tests) {
                values.add(RunValue.of(test));
            }
            List<PairCell> cells = new ArrayList<>();
            int pair = 0;
            for (int run = 1; run < tests.length; run++) {
                for (int against = 0; against < run; against++) {
                    cells.add(CellBuilder.cell(options, tests[against], tests[run], against, run,
                            stats[rowIndex][pair], bh[pair][rowIndex], holm[pair][rowIndex]));
                    pair++;
                }
            }
            PerfTest first = Arrays.stream(tests).filter(Objects::nonNull).findFirst().orElseThrow();
            return new Row(key, key.getCategory().isEmpty() ? key.getTag() : key.getCategory(),
                    first.isLessIsBetter(), values, cells);
        }
    }
}
