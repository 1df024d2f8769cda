package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Sums and counts of a value per group and interval: Keen's average and sum with group_by and interval. */
final class AverageTable {
    private final int buckets;
    private final Map<String, double[]> cells = new HashMap<>();

    AverageTable(final int buckets) {
        this.buckets = buckets;
    }

    /** Adds a value; blank groups are left out (an unnamed stage, a build without branch or matrix). */
    void add(final String group, final int bucket, final double value) {
        if (group.isEmpty()) {
            return;
        }
        double[] cell = cells.get(group);
        if (cell == null) { // not computeIfAbsent: its capturing lambda would be allocated per call
            cell = new double[2 * buckets];
            cells.put(group, cell);
        }
        cell[2 * bucket] += value;
        cell[2 * bucket + 1]++;
    }

    List<String> groups() {
        List<String> groups = new ArrayList<>(cells.keySet());
        groups.sort(Fields.NATURAL);
        return groups;
    }

    /** The average of a cell, or {@code null} when it holds no value. */
    Double average(final String group, final int bucket) {
        double[] cell = cells.get(group);
        return cell == null || cell[2 * bucket + 1] == 0 ? null : cell[2 * bucket] / cell[2 * bucket + 1];
    }

    double sum(final String group, final int bucket) {
        double[] cell = cells.get(group);
        return cell == null ? 0 : cell[2 * bucket];
    }

    /** One series per group, one average per interval. */
    List<SeriesModel> averagesPerGroup(final Function<String, String> colours) {
        List<SeriesModel> series = new ArrayList<>();
        for (String group : groups()) {
            List<Double> values = new ArrayList<>(buckets);
            for (int i = 0; i < buckets; i++) {
                values.add(average(group, i));
            }
            series.add(new SeriesModel(group, colours.apply(group), values));
        }
        return series;
    }

    /** One series per group, one sum per interval (zero where none). */
    List<SeriesModel> sumsPerGroup() {
        List<SeriesModel> series = new ArrayList<>();
        for (String group : groups()) {
            List<Double> values = new ArrayList<>(buckets);
            for (int i = 0; i < buckets; i++) {
                values.add(sum(group, i));
            }
            series.add(new SeriesModel(group, null, values));
        }
        return series;
    }

    /** A category chart: the groups as labels, one average (or sum) per group. */
    ChartModel categoryChart(final String id, final int panel, final String title, final String type,
            final boolean sums) {
        List<String> groups = groups();
        return new ChartModel(id, panel, title, type, "seconds", groups, List.of(perGroup(groups, "duration", sums)));
    }

    /** One series named {@code name} with one average (or sum) per group, for a category chart. */
    SeriesModel perGroup(final String name, final boolean sums) {
        return perGroup(groups(), name, sums);
    }

    private SeriesModel perGroup(final List<String> groups, final String name, final boolean sums) {
        List<Double> values = new ArrayList<>();
        for (String group : groups) {
            values.add(sums ? Double.valueOf(sum(group, 0)) : average(group, 0));
        }
        return new SeriesModel(name, null, values);
    }
}
