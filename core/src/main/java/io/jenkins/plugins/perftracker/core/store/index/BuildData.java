package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;

import java.util.Arrays;

/**
 * One build's points as the index stores them, ordered by series id; or, when {@code tombstone}, the removal
 * of that build. {@code seq} orders all records of an index: for a build number, the highest seq wins.
 * Spreads are kept as floats and n with the status as one number: {@code n << 3 | status}.
 */
record BuildData(long seq, int build, long time, boolean tombstone, int[] ids, double[] means, float[] stds,
        long[] counts) {
    private static final int KIND_BUILD = 1;
    private static final int KIND_TOMBSTONE = 2;
    private static final int MIN_POINT_BYTES = 14;
    private static final Status[] STATUSES = Status.values();

    static BuildData tombstone(final long seq, final int build) {
        return new BuildData(seq, build, 0, true, new int[0], new double[0], new float[0], new long[0]);
    }

    int size() {
        return ids.length;
    }

    /** The highest series id this record uses, -1 when it has no points. */
    int maxSeriesId() {
        return ids.length == 0 ? -1 : ids[ids.length - 1];
    }

    /** The position of series {@code id}, or -1. */
    int find(final int id) {
        int at = Arrays.binarySearch(ids, id);
        return at < 0 ? -1 : at;
    }

    SeriesPoint point(final int at) {
        return point(build, time, means[at], stds[at], counts[at]);
    }

    BuildData withSeq(final long newSeq) {
        return new BuildData(newSeq, build, time, tombstone, ids, means, stds, counts);
    }

    static long countOf(final int n, final Status status) {
        return (long) n << 3 | status.ordinal();
    }

    static SeriesPoint point(final int build, final long time, final double mean, final float std, final long count) {
        int ordinal = (int) (count & 7);
        long n = count >>> 3;
        if (ordinal >= STATUSES.length || n > Integer.MAX_VALUE) {
            throw new IllegalStateException("bad status or sample count " + count + " in build " + build);
        }
        return new SeriesPoint(build, time, mean, std, (int) n, STATUSES[ordinal]);
    }

    /** The log record: kind, seq, build, time, then id, mean, std, count per point. */
    void encode(final ByteSink sink) {
        sink.put(tombstone ? KIND_TOMBSTONE : KIND_BUILD).putVarLong(seq).putVarLong(build);
        if (!tombstone) {
            sink.putZigZag(time).putVarLong(ids.length);
            for (int i = 0; i < ids.length; i++) {
                sink.putVarLong(ids[i]).putDouble(means[i]).putFloat(stds[i]).putVarLong(counts[i]);
            }
        }
    }

    static BuildData decode(final ByteSource source) {
        int kind = source.get();
        long seq = source.getVarLong();
        int build = source.getVarInt();
        if (kind == KIND_TOMBSTONE) {
            return tombstone(seq, build);
        }
        if (kind != KIND_BUILD) {
            throw new IllegalStateException("unknown record kind " + kind);
        }
        return decodePoints(source, seq, build, source.getZigZag());
    }

    private static BuildData decodePoints(final ByteSource source, final long seq, final int build, final long time) {
        int size = source.getVarInt();
        if (size > source.remaining() / MIN_POINT_BYTES) {
            throw new IllegalStateException(size + " points cannot fit in " + source.remaining() + " bytes");
        }
        int[] ids = new int[size];
        double[] means = new double[size];
        float[] stds = new float[size];
        long[] counts = new long[size];
        for (int i = 0; i < size; i++) {
            ids[i] = source.getVarInt();
            if (i > 0 && ids[i] <= ids[i - 1]) {
                throw new IllegalStateException("series ids out of order in build " + build);
            }
            means[i] = source.getDouble();
            stds[i] = source.getFloat();
            counts[i] = source.getVarLong();
        }
        return new BuildData(seq, build, time, false, ids, means, stds, counts);
    }
}
