package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.*;

class MillisHistogramTest {
    @Property(tries = 200)
    void shouldGiveExactNearestRankPercentilesBelow65536(
            @ForAll @Size(min = 1, max = 300) List<@IntRange(max = 65_535) Integer> values,
            @ForAll @IntRange(min = 1, max = 100) int percent) {
        MillisHistogram histogram = new MillisHistogram();
        values.forEach(histogram::add);

        assertThat(histogram.percentile(percent)).isEqualTo(nearestRank(values, percent));
        assertThat(histogram.count()).isEqualTo(values.size());
    }

    @Property(tries = 200)
    void shouldStayWithinItsDocumentedAccuracyAboveIt(
            @ForAll @Size(min = 1, max = 100) List<@IntRange(min = 65_536) Integer> values,
            @ForAll @IntRange(min = 1, max = 100) int percent) {
        MillisHistogram histogram = new MillisHistogram();
        values.forEach(histogram::add);

        long exact = nearestRank(values, percent);
        assertThat((double) histogram.percentile(percent)).isCloseTo(exact, within(exact * 0.00003 + 1));
        assertThat(histogram.percentile(percent)).isLessThanOrEqualTo(exact);
    }

    @Property
    void shouldPutEveryValueIntoABucketWhoseLowestValueIsNotAboveIt(@ForAll @IntRange int value) {
        int bucket = MillisHistogram.bucket(value);

        assertThat(MillisHistogram.lowest(bucket)).isLessThanOrEqualTo(value);
        assertThat(MillisHistogram.bucket((int) MillisHistogram.lowest(bucket))).isEqualTo(bucket);
    }

    @Test
    void shouldAllocateOnlyThePagesItUses() {
        MillisHistogram histogram = new MillisHistogram();
        for (int ms = 0; ms < 5000; ms++) {
            histogram.add(ms);
        }
        histogram.add(Integer.MAX_VALUE);

        assertThat(histogram.allocatedBuckets()).isEqualTo(6 * 1024);
        assertThat(histogram.percentile(100)).isGreaterThan(Integer.MAX_VALUE - 70_000L);
    }

    @Test
    void shouldRefuseAPercentileOfNothing() {
        assertThatThrownBy(() -> new MillisHistogram().percentile(50)).isInstanceOf(IllegalStateException.class);
    }

    /** The textbook nearest-rank percentile over a sorted copy. */
    private static long nearestRank(final List<Integer> values, final int percent) {
        int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    @Test
    void shouldMatchTheTextbookOnAKnownExample() {
        MillisHistogram histogram = new MillisHistogram();
        Arrays.asList(15, 20, 35, 40, 50).forEach(histogram::add);

        // Wikipedia's nearest-rank example: P30 = 20, P40 = 20, P50 = 35, P100 = 50
        assertThat(histogram.percentile(30)).isEqualTo(20);
        assertThat(histogram.percentile(40)).isEqualTo(20);
        assertThat(histogram.percentile(50)).isEqualTo(35);
        assertThat(histogram.percentile(100)).isEqualTo(50);
    }
}
