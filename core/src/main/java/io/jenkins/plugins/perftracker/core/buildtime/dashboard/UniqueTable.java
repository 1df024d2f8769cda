package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Distinct keys per group and interval: Keen's count_unique with group_by and interval. */
final class UniqueTable {
    private final int buckets;
    private final Map<String, List<Set<String>>> cells = new HashMap<>();

    UniqueTable(final int buckets) {
        this.buckets = buckets;
    }

    /** Adds a key; blank groups are left out. */
    void add(final String group, final int bucket, final String key) {
        if (group.isEmpty()) {
            return;
        }
        List<Set<String>> sets = cells.get(group);
        if (sets == null) {
            sets = new ArrayList<>(buckets);
            for (int i = 0; i < buckets; i++) {
                sets.add(new HashSet<>());
            }
            cells.put(group, sets);
        }
        sets.get(bucket).add(key);
    }

    List<String> groups() {
        List<String> groups = new ArrayList<>(cells.keySet());
        groups.sort(Fields.NATURAL);
        return groups;
    }

    int count(final String group, final int bucket) {
        List<Set<String>> sets = cells.get(group);
        return sets == null ? 0 : sets.get(bucket).size();
    }

    /** One series per group, one distinct count per interval (zero where none). */
    List<SeriesModel> countsPerGroup(final Function<String, String> colours) {
        List<SeriesModel> series = new ArrayList<>();
        for (String group : groups()) {
            List<Double> values = new ArrayList<>(buckets);
            for (int i = 0; i < buckets; i++) {
                values.add((double) count(group, i));
            }
            series.add(new SeriesModel(group, colours.apply(group), values));
        }
        return series;
    }

    /** One series named {@code name} with the distinct count of every group, for a category chart. */
    SeriesModel perGroup(final String name) {
        List<Double> values = new ArrayList<>();
        for (String group : groups()) {
            values.add((double) count(group, 0));
        }
        return new SeriesModel(name, null, values);
    }
}
