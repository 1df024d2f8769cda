package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A half-open UTC window [start, end) split into equal intervals (hours, days or Sunday-based weeks). */
public final class TimeWindow {
    private final Instant start;
    private final long startSecond;
    private final long bucketSeconds;
    private final int buckets;

    TimeWindow(final Instant start, final long bucketSeconds, final int buckets) {
        this.start = start;
        this.startSecond = start.getEpochSecond();
        this.bucketSeconds = bucketSeconds;
        this.buckets = buckets;
    }

    public Instant getStart() {
        return start;
    }

    public Instant getEnd() {
        return start.plusSeconds(bucketSeconds * buckets);
    }

    public int getBucketCount() {
        return buckets;
    }

    /** The index of the interval holding {@code time}, or -1 when the time is outside the window. */
    public int bucket(final Instant time) {
        long offset = time.getEpochSecond() - startSecond;
        if (offset < 0) {
            return -1;
        }
        long index = offset / bucketSeconds;
        return index < buckets ? (int) index : -1;
    }

    public boolean contains(final Instant time) {
        return bucket(time) >= 0;
    }

    /** The start of every interval, as ISO-8601 UTC text (the charts' X axis). */
    public List<String> labels() {
        List<String> labels = new ArrayList<>(buckets);
        for (int i = 0; i < buckets; i++) {
            labels.add(start.plusSeconds(bucketSeconds * i).toString());
        }
        return labels;
    }
}
