package io.jenkins.plugins.perftracker.core.store.index;

import java.util.Arrays;

/** Collects one build's points while a segment is read back for a merge. */
final class PointList {
    private int[] ids = new int[8];
    private double[] means = new double[8];
    private float[] stds = new float[8];
    private long[] counts = new long[8];
    private int size;

    void add(final int id, final double mean, final float std, final long count) {
        if (size == ids.length) {
            int capacity = size * 2;
            ids = Arrays.copyOf(ids, capacity);
            means = Arrays.copyOf(means, capacity);
            stds = Arrays.copyOf(stds, capacity);
            counts = Arrays.copyOf(counts, capacity);
        }
        ids[size] = id;
        means[size] = mean;
        stds[size] = std;
        counts[size] = count;
        size++;
    }

    /** The points as a build record; they were added in series order, as a segment stores them. */
    BuildData toBuild(final long seq, final int build, final long time, final boolean tombstone) {
        return new BuildData(seq, build, time, tombstone, Arrays.copyOf(ids, size), Arrays.copyOf(means, size),
                Arrays.copyOf(stds, size), Arrays.copyOf(counts, size));
    }
}
