package io.jenkins.plugins.perftracker.core.stats;

/**
 * In-place selection of order statistics (quickselect with a median-of-three pivot and a three-way partition,
 * so that runs of equal values — common in pairwise differences — stay linear): a Hodges–Lehmann estimate
 * needs three order statistics of its pairwise differences, not a full sort.
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
            long bounds = partition(a, lo, hi);
            int lt = (int) (bounds >>> 32);
            int gt = (int) bounds;
            if (k < lt) {
                hi = lt - 1;
            }
            else if (k > gt) {
                lo = gt + 1;
            }
            else {
                return a[k];
            }
        }
        return a[k];
    }

    /** Dutch-flag partition around a median-of-three pivot; returns the equal range [lt, gt] packed in a long. */
    private static long partition(final double[] a, final int lo, final int hi) {
        double pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
        int lt = lo;
        int gt = hi;
        int i = lo;
        while (i <= gt) {
            if (a[i] < pivot) {
                swap(a, lt++, i++);
            }
            else if (a[i] > pivot) {
                swap(a, i, gt--);
            }
            else {
                i++;
            }
        }
        return (long) lt << 32 | gt & 0xFFFFFFFFL;
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
