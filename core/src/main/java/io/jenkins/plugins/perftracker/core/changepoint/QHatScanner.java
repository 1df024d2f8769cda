package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.Arrays;

/**
 * Finds the best E-divisive split of an interval: the τ of the pair (τ, κ), {@code s < τ < κ ≤ e}, that
 * maximises Q̂(Z[s, τ), Z[τ, κ)) with α = 1 (Matteson &amp; James 2014, in Otava's form).
 *
 * <p>One row sweep with prefix sums: O(L²) time and O(L) memory for an interval of length L, no distance
 * matrix. With W(a, b) = Σ_{a≤i<j<b} |Z_i − Z_j|, the cross term is W(s, κ) − W(s, τ) − W(τ, κ); W(s, ·) is a
 * prefix array, and W(τ, ·) is updated from W(τ+1, ·) while τ walks down. Ties resolve like numpy's
 * row-major argmax in Otava: smallest τ, then smallest κ. Not thread-safe (owns scratch arrays).
 */
final class QHatScanner {
    /** 1/k, so the sweep multiplies instead of dividing. */
    private static final double[] INVERSE = new double[10_002];

    static {
        for (int k = 1; k < INVERSE.length; k++) {
            INVERSE[k] = 1.0 / k;
        }
    }

    private double[] prefix = new double[0];
    private double[] row = new double[0];
    private double[] column = new double[0];
    private final double[] rowBest = new double[2];

    /** The best split of z[s, e) (e − s ≥ 2): its τ and its Q̂ value. */
    Candidate best(final double[] z, final int s, final int e) {
        ensureCapacity(e - s + 1);
        fillPrefix(z, s, e);
        int bestTau = s + 1;
        double bestQ = Double.NEGATIVE_INFINITY;
        for (int tau = e - 1; tau > s; tau -= 2) {
            boolean pair = tau - 1 > s;
            sweep(z, s, e, tau, pair);
            for (int r = 0; r < (pair ? 2 : 1); r++) {
                if (rowBest[r] >= bestQ) { // on ties the smaller τ wins, as in numpy's row-major argmax
                    bestQ = rowBest[r];
                    bestTau = tau - r;
                }
            }
        }
        return new Candidate(bestTau, bestQ);
    }

    private void sweep(final double[] z, final int s, final int e, final int tau, final boolean pair) {
        if (pair) {
            sweepTwoRows(z, s, e, tau);
        }
        else {
            sweepRow(z, s, e, tau);
        }
    }

    /**
     * Prefix[k] = W(s, s + k): the sum of distances among the first k values of the interval. Column sums
     * are accumulated row by row (independent additions the JIT can vectorise) in the same order as a
     * per-column loop would add them.
     */
    private void fillPrefix(final double[] z, final int s, final int e) {
        int len = e - s;
        Arrays.fill(column, 0, len, 0.0);
        for (int i = 0; i < len; i++) {
            double zi = z[s + i];
            for (int j = i + 1; j < len; j++) {
                column[j] += Math.abs(zi - z[s + j]);
            }
        }
        prefix[0] = 0;
        for (int k = 0; k < len; k++) {
            prefix[k + 1] = prefix[k] + column[k];
        }
    }

    /** Turns row[κ − s] from W(τ+1, κ) into W(τ, κ); rowBest[0] = the best Q̂ over κ of this τ. */
    private void sweepRow(final double[] z, final int s, final int e, final int tau) {
        double zt = z[tau];
        int n = tau - s;
        double withinX = prefix[n];
        double coefB = coefficientB(n, withinX);
        double best = q(n + 1, n, coefB, withinX, 0);
        double acc = 0;
        row[n + 1] = 0;
        for (int k = n + 2; k <= e - s; k++) {
            acc += Math.abs(zt - z[s + k - 1]);
            double withinY = row[k] + acc;
            row[k] = withinY;
            best = Math.max(best, q(k, n, coefB, withinX, withinY));
        }
        rowBest[0] = best;
    }

    /**
     * Rows τ and τ − 1 in one pass: the same additions in the same order as two {@link #sweepRow} calls, but
     * two independent running sums per step, which the CPU overlaps. Longer than our 20-line rule on purpose:
     * every value of the hot loop stays in a local, and each split into helpers measured 10–12% slower.
     */
    private void sweepTwoRows(final double[] z, final int s, final int e, final int tau) {
        double z1 = z[tau];
        double z2 = z[tau - 1];
        int n = tau - s;
        double withinX1 = prefix[n];
        double withinX2 = prefix[n - 1];
        double coefB1 = coefficientB(n, withinX1);
        double coefB2 = coefficientB(n - 1, withinX2);
        double acc1 = 0;
        double acc2 = Math.abs(z2 - z1);
        row[n] = 0;
        row[n + 1] = acc2;
        double best1 = q(n + 1, n, coefB1, withinX1, 0);
        double best2 = Math.max(q(n, n - 1, coefB2, withinX2, 0), q(n + 1, n - 1, coefB2, withinX2, acc2));
        // q(k, n, ...) written out: m as a double counter (exact) instead of an int conversion per value, and
        // 2n as a constant; the same operations in the same order, so the same bits.
        double twoN1 = 2.0 * n;
        double twoN2 = 2.0 * (n - 1);
        double m1 = 2;
        double inverse1 = INVERSE[1]; // 1/(m1 − 1); row τ − 1's 1/(m2 − 1) is row τ's at the next κ
        for (int k = n + 2; k <= e - s; k++) {
            double zk = z[s + k - 1];
            acc1 += Math.abs(z1 - zk);
            acc2 += Math.abs(z2 - zk);
            double withinY1 = row[k] + acc1;
            double withinY2 = withinY1 + acc2;
            row[k] = withinY2;
            double pk = prefix[k];
            double inverseK = INVERSE[k];
            double m2 = m1 + 1;
            double inverse2 = INVERSE[k - n];
            double q1 = (2 * (pk - withinX1 - withinY1) - m1 * coefB1 - twoN1 * inverse1 * withinY1) * inverseK;
            double q2 = (2 * (pk - withinX2 - withinY2) - m2 * coefB2 - twoN2 * inverse2 * withinY2) * inverseK;
            best1 = Math.max(best1, q1);
            best2 = Math.max(best2, q2);
            m1 = m2;
            inverse1 = inverse2;
        }
        rowBest[0] = best1;
        rowBest[1] = best2;
    }

    private static double coefficientB(final int n, final double withinX) {
        return n > 1 ? 2.0 * withinX * INVERSE[n - 1] : 0;
    }

    /** Q̂(τ, κ) for k = κ − s, n = τ − s, m = k − n (INVERSE[0] = 0 drops the Y term when m = 1). */
    private double q(final int k, final int n, final double coefB, final double withinX, final double withinY) {
        int m = k - n;
        return (2 * (prefix[k] - withinX - withinY) - m * coefB - 2.0 * n * INVERSE[m - 1] * withinY) * INVERSE[k];
    }

    private void ensureCapacity(final int size) {
        if (prefix.length < size + 1) {
            prefix = new double[size + 1];
            row = new double[size + 1];
            column = new double[size + 1];
        }
    }

    /** A candidate split: the first index of the right part and its Q̂. */
    record Candidate(int index, double qhat) {
    }
}
