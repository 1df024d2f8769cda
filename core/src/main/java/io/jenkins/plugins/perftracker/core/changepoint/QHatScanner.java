package io.jenkins.plugins.perftracker.core.changepoint;

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
    private double[] prefix = new double[0];
    private double[] row = new double[0];

    /** The best split of z[s, e) (e − s ≥ 2): its τ and its Q̂ value. */
    Candidate best(final double[] z, final int s, final int e) {
        int len = e - s;
        ensureCapacity(len + 1);
        fillPrefix(z, s, e);
        double bestQ = Double.NEGATIVE_INFINITY;
        int bestTau = s + 1;
        for (int tau = e - 1; tau > s; tau--) {
            double rowQ = sweepRow(z, s, e, tau);
            if (rowQ >= bestQ) {
                bestQ = rowQ;
                bestTau = tau;
            }
        }
        return new Candidate(bestTau, bestQ);
    }

    /** Prefix[k] = W(s, s + k): the sum of distances among the first k values of the interval. */
    private void fillPrefix(final double[] z, final int s, final int e) {
        prefix[0] = 0;
        for (int j = s; j < e; j++) {
            double zj = z[j];
            double r = 0;
            for (int i = s; i < j; i++) {
                r += Math.abs(z[i] - zj);
            }
            prefix[j - s + 1] = prefix[j - s] + r;
        }
    }

    /** Turns row[κ − s] from W(τ+1, κ) into W(τ, κ) and records the best Q̂ over κ of this τ. */
    private double sweepRow(final double[] z, final int s, final int e, final int tau) {
        double zt = z[tau];
        int n = tau - s;
        double withinX = prefix[n];
        double coefB = n > 1 ? 2.0 / (n - 1) * withinX : 0;
        double best = Double.NEGATIVE_INFINITY;
        double acc = 0;
        row[n + 1] = 0;
        for (int kappa = tau + 1; kappa <= e; kappa++) {
            int k = kappa - s;
            if (kappa > tau + 1) {
                acc += Math.abs(zt - z[kappa - 1]);
                row[k] += acc;
            }
            double withinY = row[k];
            int m = kappa - tau;
            double cross = prefix[k] - withinX - withinY;
            double q = (2 * cross - m * coefB - (m > 1 ? 2.0 * n / (m - 1) * withinY : 0)) / (n + m);
            if (q > best) {
                best = q;
            }
        }
        return best;
    }

    private void ensureCapacity(final int size) {
        if (prefix.length < size + 1) {
            prefix = new double[size + 1];
            row = new double[size + 1];
        }
    }

    /** A candidate split: the first index of the right part and its Q̂. */
    record Candidate(int index, double qhat) {
    }
}
