package io.jenkins.plugins.perftracker.core.view;

import java.util.List;

/**
 * The comparison page (PerfTracker A4): runs as column groups, groups → sections → rows, per run the score, ±% and
 * errors, per earlier run a "% vs #k" cell coloured by the statistical outcome, one chart per section.
 *
 * @param title     the page title
 * @param runs      the compared runs in the user's order
 * @param summaries the geometric-mean summary of every pair of runs over all rows
 * @param groups    the groups in order of first appearance
 */
public record ComparisonView(String title, List<RunHeader> runs, List<Summary> summaries, List<Group> groups) {
    public ComparisonView {
        runs = List.copyOf(runs);
        summaries = List.copyOf(summaries);
        groups = List.copyOf(groups);
    }

    /** A compared run: its position (1-based, PerfTracker's #n), legend label and product version. */
    public record RunHeader(int number, String label, String title, String productVersion) {
    }

    /** A group (test.group) with its own pair summaries. */
    public record Group(String name, List<Summary> summaries, List<Section> sections) {
        public Group {
            summaries = List.copyOf(summaries);
            sections = List.copyOf(sections);
        }
    }

    /**
     * A section (PerfTracker's test case): its table, shown or collapsed by PerfTracker's auto rule, and its chart.
     *
     * @param id         a stable HTML id fragment
     * @param tableShown whether the table starts expanded (same tag: at most 5 rows; mixed tags: always)
     * @param paged      whether the table is paged (more than 20 rows)
     */
    public record Section(String id, String title, boolean tableShown, boolean paged, ChartView chart,
            List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /** One series in every run. */
    public record Row(String title, String series, String unit, boolean lessIsBetter, List<Value> values,
            List<Cell> cells) {
        public Row {
            values = List.copyOf(values);
            cells = List.copyOf(cells);
        }
    }

    /**
     * One run's columns of a row; {@code score} is null when the run lacks the test. {@code score} is PerfTracker's
     * mean; {@code centre} is what changes are computed from (the median of raw samples, else the mean).
     */
    public record Value(boolean present, Double score, String scoreText, long plusMinus, String errors,
            boolean failed, int samples, Double centre, String centreText) {
    }

    /**
     * A "% vs #k" cell: run {@code run} against the earlier run {@code against} (both 1-based).
     *
     * @param ratioText    PerfTracker's symmetric ratio ("+12%", "-"), kept for its API; labelled as such
     * @param change       the relative change new/old − 1 of the centres, with its confidence bounds: the one
     *                     change the CLI, the table and the summaries show
     * @param changeText   the change as every page prints it ("-17.39%", "33.15×")
     * @param outcome      regressed, improved, unchanged or inconclusive (multiplicity-adjusted)
     * @param colourClass  the CSS class of the outcome (only regressed and improved cells are coloured)
     * @param pValue       the deciding p before adjustment (what benchstat prints), null for rules without p
     * @param pAdjusted    the Benjamini–Hochberg adjusted p-value the outcome is based on
     * @param basis        which rule judged the cell and why (a footnote), empty for the rank test
     * @param whyUnchanged why an unchanged cell is "~" despite a small p ("|Δ|&lt;2%"), empty otherwise
     */
    public record Cell(int run, int against, String ratioText, Double change, Double changeLow, Double changeHigh,
            String changeText, String outcome, String colourClass, String method, Double pValue, Double pAdjusted,
            String note, String basis, String whyUnchanged) {
    }

    /**
     * A pair's summary over rows: geometric means per unit and direction, the oriented overall ratio, and
     * outcome counts that add up to {@code series}.
     *
     * @param betterRatio  geometric mean of the oriented ratios: above 1 is better
     * @param overallText  "+12.30% better", "-8.00% worse"
     * @param withRatio    rows with a change on both sides (those in the geometric means)
     */
    public record Summary(int run, int against, List<Geomean> geomeans, Double betterRatio, String overallText,
            int withRatio, int series, int regressed, int improved, int unchanged, int inconclusive) {
        public Summary {
            geomeans = List.copyOf(geomeans);
        }
    }

    /**
     * The geometric mean of new/old over the rows of one unit and direction, as text ("-31.05%"); its label is the
     * unit, with the direction when the unit also appears in the other one ("count (lower is better)").
     */
    public record Geomean(String unit, boolean lessIsBetter, String label, Double ratio, String text, int count) {
    }
}
