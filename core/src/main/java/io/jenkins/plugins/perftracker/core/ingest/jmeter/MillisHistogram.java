package io.jenkins.plugins.perftracker.core.ingest.jmeter;

/**
 * Counts of whole milliseconds, for exact percentiles in bounded memory. Values below 65,536 ms have a bucket each
 * (exact); larger values share buckets 1/32,768 of their size wide (within 0.003 %). Buckets live in 4 KiB pages
 * allocated on first use, so a label whose responses stay under 5 s costs about 20 KiB, and none costs more than
 * about 2.2 MiB.
 */
final class MillisHistogram {
    private static final int EXACT_BITS = 16;
    private static final int EXACT = 1 << EXACT_BITS;
    private static final int HALF = EXACT >>> 1;
    private static final int PAGE_BITS = 10;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int BUCKETS = EXACT + (31 - EXACT_BITS) * HALF;

    private final int[][] pages = new int[(BUCKETS + PAGE - 1) >>> PAGE_BITS][];
    private long total;

    void add(final int millis) {
        int bucket = bucket(millis);
        int[] page = pages[bucket >>> PAGE_BITS];
        if (page == null) {
            page = new int[PAGE];
            pages[bucket >>> PAGE_BITS] = page;
        }
        page[bucket & (PAGE - 1)]++;
        total++;
    }

    static int bucket(final int millis) {
        if (millis < EXACT) {
            return millis;
        }
        int shift = (31 - Integer.numberOfLeadingZeros(millis)) - (EXACT_BITS - 1);
        return EXACT + (shift - 1) * HALF + ((millis >>> shift) - HALF);
    }

    /** The smallest value a bucket holds. */
    static long lowest(final int bucket) {
        if (bucket < EXACT) {
            return bucket;
        }
        int shift = (bucket - EXACT) / HALF + 1;
        long sub = (bucket - EXACT) % HALF + HALF;
        return sub << shift;
    }

    /**
     * The nearest-rank percentile, as JMeter's aggregate report computes it: the smallest value with at least
     * {@code percent}% of all values at or below it.
     */
    long percentile(final double percent) {
        if (total == 0) {
            throw new IllegalStateException("no values");
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * total));
        long seen = 0;
        for (int p = 0; p < pages.length; p++) {
            int[] page = pages[p];
            if (page == null) {
                continue;
            }
            for (int i = 0; i < PAGE; i++) {
                seen += page[i];
                if (seen >= rank) {
                    return lowest((p << PAGE_BITS) + i);
                }
            }
        }
        throw new IllegalStateException("rank beyond the count");
    }

    long count() {
        return total;
    }

    /** The number of buckets allocated, to check the memory bound. */
    int allocatedBuckets() {
        int pagesInUse = 0;
        for (int[] page : pages) {
            pagesInUse += page == null ? 0 : 1;
        }
        return pagesInUse * PAGE;
    }
}
