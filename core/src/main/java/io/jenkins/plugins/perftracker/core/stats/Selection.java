package io.jenkins.plugins.perftracker.core.stats;

/**
 * In-place selection of order statistics: Wirth's "Find" (Hoare's partition around a median-of-three pivot; the
 * scans stop at values equal to the pivot, so runs of equal values — common in pairwise differences — split
 * evenly and stay linear). A Hodges–Lehmann estimate needs three order statistics of its pairwise differences,
 * not a full sort; this is about twice as fast as a three-way partition on random doubles.
 */
final class Selection {
    private Selection() {
    }

    /**
     * Puts the k-th smallest value (0-based) of {@code a[from..to]} at index k, smaller or equal values before
     * it and greater or equal values after it, and returns it.
     */
    static double select(final double[] a, final int from, final int to, final int k) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            long split = partition(a, lo, hi, medianOfThree(a[lo], a[k], a[hi]));
            int i = (int) (split >>> 32);
            int j = (int) split;
            lo = j < k ? i : lo;
            hi = k < i ? j : hi;
        }
        return a[k];
    }

    /** Hoare's partition; returns where the scans crossed, i in the high and j in the low 32 bits. */
    private static long partition(final double[] a, final int lo, final int hi, final double pivot) {
        int i = lo;
        int j = hi;
        do {
            while (a[i] < pivot) {
                i++;
            }
            while (pivot < a[j]) {
                j--;
            }
            if (i <= j) {
                swap(a, i++, j--);
            }
        }
        while (i <= j);
        return (long) i << 32 | j & 0xFFFFFFFFL;
    }

    private static double medianOfThree(final double a, final double b, final double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(final double[] a, final int i, final int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
