package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Two-sided Mann-Whitney U (Wilcoxon rank-sum) p-value of {@code z[from, tau)} against {@code z[tau, to)},
 * without copying into boxed rankings: the split pass calls it thousands of times per series. Exact when there
 * are no ties and at most 50 values (the null distribution, cached per sample sizes, is the Gaussian binomial
 * coefficient [N choose m]_q, whose integer counts stay below 2^53), else normal with tie and continuity
 * correction. The tests check it against Apache Commons Statistics' MannWhitneyUTest.
 */
final class RankSum {
    private static final int EXACT_LIMIT = 50;
    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
    private static final Map<Integer, double[]> EXACT = new ConcurrentHashMap<>();

    private RankSum() {
    }

    static double pValue(final double[] z, final int from, final int tau, final int to) {
        double[] left = Arrays.copyOfRange(z, from, tau);
        double[] right = Arrays.copyOfRange(z, tau, to);
        Arrays.sort(left);
        Arrays.sort(right);
        return pValueOfSorted(left, right);
    }

    /** The same p of two samples already sorted ascending. */
    static double pValueOfSorted(final double[] left, final double[] right) {
        return pValueAndSmallest(left, right)[0];
    }

    /**
     * {p, the smallest p any arrangement of samples of these sizes and ties could have} of two samples sorted
     * ascending: the bound says whether the test can reach a level at all (5 + 5 values never reach 0.001).
     */
    static double[] pValueAndSmallest(final double[] left, final double[] right) {
        int n1 = left.length;
        int n2 = right.length;
        double[] ustat = mergeCount(left, right);
        double u = ustat[0];
        double ties = ustat[1];
        if (ties == 0 && n1 + n2 <= EXACT_LIMIT) {
            int m = Math.min(n1, n2);
            int n = Math.max(n1, n2);
            return new double[] {exact(Math.min(u, (double) n1 * n2 - u), m, n), exact(0, m, n)};
        }
        return new double[] {normal(u, n1, n2, ties), normal(0, n1, n2, ties)};
    }

    /**
     * Walks both sorted samples once: U = Σ over left values of (right values below + half the equal ones),
     * and the tie term Σ (t³ − t) over groups of equal values in the combined sample.
     */
    private static double[] mergeCount(final double[] left, final double[] right) {
        double u = 0;
        double ties = 0;
        int i = 0;
        int j = 0;
        while (i < left.length || j < right.length) {
            double v = j == right.length || i < left.length && left[i] <= right[j] ? left[i] : right[j];
            int a = equalRun(left, i, v);
            int b = equalRun(right, j, v);
            u += a * (j + b / 2.0);
            i += a;
            j += b;
            double t = a + b;
            ties += t * t * t - t;
        }
        return new double[] {u, ties};
    }

    /** How many values equal to v start at {@code from} in a sorted array. */
    private static int equalRun(final double[] sorted, final int from, final double v) {
        int end = from;
        while (end < sorted.length && sorted[end] == v) {
            end++;
        }
        return end - from;
    }

    private static double normal(final double u, final int n1, final int n2, final double ties) {
        int n = n1 + n2;
        double variance = n1 * (double) n2 / 12.0 * (n + 1 - ties / ((double) n * (n - 1)));
        double distance = Math.abs(u - n1 * (double) n2 / 2) - 0.5;
        if (distance <= 0 || variance <= 0) {
            return 1.0;
        }
        return Math.min(1.0, 2 * NORMAL.survivalProbability(distance / Math.sqrt(variance)));
    }

    /** 2 P(U ≤ u) for samples of m ≤ n values, capped at 1. */
    private static double exact(final double u, final int m, final int n) {
        double[] cumulative = EXACT.computeIfAbsent(m * 64 + n, key -> cumulative(m, n));
        return Math.min(1.0, 2 * cumulative[(int) Math.floor(u)]);
    }

    /** P(U ≤ u) for u = 0..mn, cumulated from the counts of {@link #counts}. */
    private static double[] cumulative(final int m, final int n) {
        double[] c = counts(m, n);
        double total = 0;
        for (double count : c) {
            total += count;
        }
        double running = 0;
        for (int k = 0; k < c.length; k++) {
            running += c[k];
            c[k] = running / total;
        }
        return c;
    }

    /** The number of arrangements with U = u: the coefficients of ∏ (1 − q^(n+i)) / (1 − q^i), i = 1..m. */
    private static double[] counts(final int m, final int n) {
        int max = m * n;
        double[] c = new double[max + 1];
        c[0] = 1;
        for (int i = 1; i <= m; i++) {
            for (int k = max; k >= n + i; k--) {
                c[k] -= c[k - n - i];
            }
            for (int k = i; k <= max; k++) {
                c[k] += c[k - i];
            }
        }
        return c;
    }
}
