package io.jenkins.plugins.perftracker.core.view;

import io.jenkins.plugins.perftracker.core.compare.Comparison;
import io.jenkins.plugins.perftracker.core.compare.GroupComparison;
import io.jenkins.plugins.perftracker.core.compare.PairCell;
import io.jenkins.plugins.perftracker.core.compare.PairSummary;
import io.jenkins.plugins.perftracker.core.compare.Row;
import io.jenkins.plugins.perftracker.core.compare.RunValue;
import io.jenkins.plugins.perftracker.core.compare.Section;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a {@link Comparison} of runs into the comparison page's view model. */
public final class ComparisonViews {
    /** Same tag: the table starts collapsed above this many rows (PerfTracker's auto rule). */
    private static final int SHOWN_ROWS = 5;
    /** Tables are paged above this many rows. */
    private static final int PAGED_ROWS = 20;

    private ComparisonViews() {
    }

    /** The page for a comparison of {@code runs} (the same runs, in the same order, the comparison was made of). */
    public static ComparisonView of(final String title, final Comparison comparison, final List<PerfRun> runs) {
        if (runs.size() != comparison.runTitles().size()) {
            throw new IllegalArgumentException("the comparison has " + comparison.runTitles().size()
                    + " runs but " + runs.size() + " were given");
        }
        List<ComparisonView.RunHeader> headers = RunLabels.headers(runs);
        List<String> labels = headers.stream().map(ComparisonView.RunHeader::label).toList();
        List<ComparisonView.Group> groups = new ArrayList<>();
        int sectionIndex = 0;
        for (GroupComparison group : comparison.groups()) {
            List<ComparisonView.Section> sections = new ArrayList<>();
            for (Section section : group.sections()) {
                sections.add(section(section, labels, "s" + sectionIndex++));
            }
            groups.add(new ComparisonView.Group(group.name(), summaries(group.summaries()), sections));
        }
        return new ComparisonView(title, headers, summaries(comparison.summaries()), groups);
    }

    /** The run headers of a comparison of {@code runs}, as {@link #of} gives them. */
    public static List<ComparisonView.RunHeader> headers(final List<PerfRun> runs) {
        return RunLabels.headers(runs);
    }

    private static ComparisonView.Section section(final Section section, final List<String> labels,
            final String id) {
        boolean oneTag = section.rows().stream().map(r -> r.key().getTag()).distinct().count() <= 1;
        int rows = section.rows().size();
        return new ComparisonView.Section(id, section.title(), !oneTag || rows <= SHOWN_ROWS, rows > PAGED_ROWS,
                SectionCharts.of(section, labels), section.rows().stream().map(ComparisonViews::row).toList());
    }

    /** One row as {@link #of} gives it; a caller printing row by row needs no whole view in memory. */
    public static ComparisonView.Row row(final Row row) {
        return new ComparisonView.Row(row.title(), series(row.key()), row.key().getUnit(), row.lessIsBetter(),
                row.values().stream().map(ComparisonViews::value).toList(),
                row.cells().stream().map(ComparisonViews::cell).toList());
    }

    /** The series' name; a unit that is also the category (Go's "ns/op") is printed once, in the unit column. */
    static String series(final SeriesKey key) {
        return key.getCategory().equals(key.getUnit()) ? key.getTag() : key.displayName();
    }

    private static ComparisonView.Value value(final RunValue value) {
        return new ComparisonView.Value(value.present(), value.present() ? ViewJson.number(value.score()) : null,
                value.present() ? Numbers.score(value.score()) : "-", value.plusMinus(), value.errors(),
                value.status() == Status.FAILED, value.sampleCount(),
                value.present() ? ViewJson.number(value.centre()) : null,
                value.present() ? Numbers.score(value.centre()) : "-");
    }

    static ComparisonView.Cell cell(final PairCell cell) {
        String outcome = cell.outcome().name().toLowerCase(Locale.ROOT);
        return new ComparisonView.Cell(cell.run() + 1, cell.against() + 1, cell.ratioText(),
                ViewJson.number(cell.change().change()), ViewJson.number(cell.change().lower()),
                ViewJson.number(cell.change().upper()), Numbers.change(cell.change().change()), outcome,
                "pt-" + outcome, cell.method().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                ViewJson.number(cell.pValue()), ViewJson.number(cell.pAdjustedBh()), cell.note(), cell.basis(),
                cell.whyUnchanged());
    }

    private static ComparisonView.Geomean geomean(final PairSummary.UnitGeomean g,
            final List<PairSummary.UnitGeomean> all) {
        boolean both = all.stream().anyMatch(o -> o.unit().equals(g.unit()) && o.lessIsBetter() != g.lessIsBetter());
        String label = both ? g.unit() + (g.lessIsBetter() ? " (lower is better)" : " (higher is better)") : g.unit();
        return new ComparisonView.Geomean(g.unit(), g.lessIsBetter(), label, ViewJson.number(g.ratio()),
                Numbers.change(g.ratio() - 1), g.count());
    }

    /** The summaries (of a group or of the whole comparison) as {@link #of} gives them. */
    public static List<ComparisonView.Summary> summaries(final List<PairSummary> summaries) {
        return summaries.stream().map(s -> new ComparisonView.Summary(s.run() + 1, s.against() + 1,
                s.geomeans().stream().map(g -> geomean(g, s.geomeans())).toList(), ViewJson.number(s.betterRatio()),
                Numbers.oriented(s.betterRatio()), s.withRatio(), s.series(),
                s.regressed(), s.improved(), s.unchanged(), s.inconclusive())).toList();
    }
}
