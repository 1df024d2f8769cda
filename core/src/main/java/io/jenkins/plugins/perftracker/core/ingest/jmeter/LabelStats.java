package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The aggregate of one JMeter label (or of all of them): count, errors, sum, time span, an exact histogram for the
 * percentiles and a bounded uniform sample of the raw elapsed times (reservoir sampling with a fixed seed, so the
 * same file always keeps the same samples).
 */
final class LabelStats {
    private static final long SEED = 0x5EED_1E7L;

    private final String label;
    private final int retainLimit;
    private final MillisHistogram histogram = new MillisHistogram();
    private final SplittableRandom random;
    private int[] retained = new int[16];
    private int retainedCount;
    private long count;
    private long errors;
    private long sum;
    private int min = Integer.MAX_VALUE;
    private int max;
    private long firstStart = Long.MAX_VALUE;
    private long lastEnd = Long.MIN_VALUE;

    LabelStats(final String label, final int retainLimit) {
        this.label = label;
        this.retainLimit = retainLimit;
        this.random = new SplittableRandom(SEED ^ label.hashCode());
    }

    /** One sample: its elapsed time in ms (not negative), its start in ms since the epoch, and its outcome. */
    void add(final int elapsed, final long timeStamp, final boolean success) {
        count++;
        sum += elapsed;
        min = Math.min(min, elapsed);
        max = Math.max(max, elapsed);
        if (!success) {
            errors++;
        }
        firstStart = Math.min(firstStart, timeStamp);
        lastEnd = Math.max(lastEnd, timeStamp + elapsed);
        histogram.add(elapsed);
        retain(elapsed);
    }

    private void retain(final int elapsed) {
        if (retainedCount < retainLimit) {
            if (retainedCount == retained.length) {
                retained = Arrays.copyOf(retained, Math.min(retainLimit, retained.length * 2));
            }
            retained[retainedCount++] = elapsed;
        }
        else if (retainLimit > 0) {
            long slot = random.nextLong(count);
            if (slot < retainLimit) {
                retained[(int) slot] = elapsed;
            }
        }
    }

    String label() {
        return label;
    }

    long count() {
        return count;
    }

    long errors() {
        return errors;
    }

    double mean() {
        return (double) sum / count;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }

    long percentile(final double percent) {
        return histogram.percentile(percent);
    }

    /** Samples per second over the span from the first start to the last end, as JMeter computes throughput. */
    double throughput() {
        long span = lastEnd - firstStart;
        return span > 0 ? count * 1000.0 / span : Double.NaN;
    }

    /** The kept elapsed times, at most the retain limit, in ms. */
    double[] retained() {
        return Arrays.stream(retained, 0, retainedCount).asDoubleStream().toArray();
    }

    int retainedCapacity() {
        return retained.length;
    }

    int histogramBuckets() {
        return histogram.allocatedBuckets();
    }
}
