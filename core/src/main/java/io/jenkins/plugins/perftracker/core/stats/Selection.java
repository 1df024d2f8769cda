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

    private static double medianOfThree(final double a, final double b, final double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(final double[] a, final int i, final int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
