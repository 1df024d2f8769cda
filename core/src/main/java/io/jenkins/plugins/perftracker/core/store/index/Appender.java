package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Turns a build summary into a log record: series ids first (dictionary records before the log record). */
final class Appender {
    private Appender() {
    }

    static void append(final Generation generation, final BuildSummary summary, final boolean sync)
            throws IOException {
        List<SeriesInfo> infos = new ArrayList<>();
        summary.entries().forEach(entry -> infos.add(entry.info()));
        int[] ids = generation.assign(infos, sync);
        Integer[] order = new Integer[ids.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> ids[i]));
        int size = ids.length;
        int[] sortedIds = new int[size];
        double[] means = new double[size];
        float[] stds = new float[size];
        long[] counts = new long[size];
        for (int i = 0; i < size; i++) {
            SeriesPoint point = summary.entries().get(order[i]).point();
            sortedIds[i] = ids[order[i]];
            means[i] = point.mean();
            stds[i] = (float) point.std();
            counts[i] = BuildData.countOf(point.n(), point.status());
        }
        generation.append(new BuildData(generation.nextSeq(), summary.build(), summary.timeMillis(), false,
                sortedIds, means, stds, counts), sync);
    }
}
