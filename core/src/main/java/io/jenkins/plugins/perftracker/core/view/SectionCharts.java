package io.jenkins.plugins.perftracker.core.view;

import io.jenkins.plugins.perftracker.core.compare.Row;
import io.jenkins.plugins.perftracker.core.compare.RunValue;
import io.jenkins.plugins.perftracker.core.compare.Section;
import io.jenkins.plugins.perftracker.core.model.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Chooses and fills a section's chart the way PerfTracker's "auto" chart type does. */
final class SectionCharts {
    /** More categories than this need an XY axis to be numeric (PerfTracker: "more than 3"). */
    private static final int MIN_XY_CATEGORIES = 3;
    /** More categories than this get rotated labels. */
    private static final int ROTATE_ABOVE = 10;

    private SectionCharts() {
    }

    static ChartView of(final Section section, final List<String> runLabels) {
        List<Row> rows = section.rows();
        if (rows.isEmpty() || rows.stream().map(r -> r.key().getTag()).distinct().count() > 1) {
            return ChartView.none();
        }
        List<String> labels = rows.stream().map(Row::title).toList();
        Optional<CommonSuffix.Cut> cut = labels.size() > MIN_XY_CATEGORIES ? CommonSuffix.cut(labels)
                : Optional.empty();
        List<Integer> order = order(rows.size(), cut);
        List<Double> x = cut.map(c -> order.stream().map(i -> c.values()[i]).toList()).orElse(List.of());
        List<String> categories = order.stream().map(labels::get).toList();
        Row first = rows.get(0);
        return new ChartView(cut.isPresent() ? "xy" : "bar", cut.map(CommonSuffix.Cut::suffix).orElse(""),
                cut.isEmpty() && rows.size() > ROTATE_ABOVE,
                first.lessIsBetter() ? "[lower is better]" : "[higher is better]", first.key().getUnit(),
                categories, x, series(rows, order, runLabels));
    }

    /** The rows' display order: as given, or by their numeric value for an XY axis. */
    private static List<Integer> order(final int rows, final Optional<CommonSuffix.Cut> cut) {
        List<Integer> order = IntStream.range(0, rows).boxed().toList();
        return cut.map(c -> order.stream().sorted(Comparator.comparingDouble(i -> c.values()[i])).toList())
                .orElse(order);
    }

    private static List<ChartView.Series> series(final List<Row> rows, final List<Integer> order,
            final List<String> runLabels) {
        List<ChartView.Series> series = new ArrayList<>();
        for (int run = 0; run < runLabels.size(); run++) {
            List<Double> values = new ArrayList<>();
            List<Boolean> failed = new ArrayList<>();
            for (int index : order) {
                RunValue value = rows.get(index).values().get(run);
                values.add(value.present() ? ViewJson.number(value.score()) : null);
                failed.add(value.present() && (value.status() == Status.FAILED || !value.errors().isEmpty()));
            }
            series.add(new ChartView.Series(runLabels.get(run), values, failed));
        }
        return series;
    }
}
