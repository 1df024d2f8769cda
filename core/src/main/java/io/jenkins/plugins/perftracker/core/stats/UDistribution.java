package io.jenkins.plugins.perftracker.core.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Critical values of the Mann-Whitney U statistic under the null hypothesis (no ties), which the
 * distribution-free interval of the Hodges–Lehmann shift needs and Commons Statistics does not expose.
 * Exact for samples up to {@value #EXACT_LIMIT} values each (counts of the Gaussian binomial coefficient
 * [m+n choose m]_q), normal approximation beyond. Results are cached: a comparison of thousands of series
 * sees few distinct sample sizes.
 */
public final class UDistribution {
    static final int EXACT_LIMIT = 100;
    private static final Map<Long, Integer> CRITICAL = new ConcurrentHashMap<>();

    private UDistribution() {
    }

    /**
     * The largest u with P(U ≤ u) ≤ alpha/2 for samples of sizes m and n: the lower two-sided critical value
     * of published tables (e.g. 23 for m = n = 10 at alpha 0.05). −1 when even u = 0 is too likely, i.e.
     * the samples are too small for this level.
     */
    public static int criticalValue(final int m, final int n, final double alpha) {
        if (m < 1 || n < 1 || !(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("m, n >= 1 and 0 < alpha < 1 expected: " + m + ", " + n + ", " + alpha);
        }
        long key = ((long) Math.min(m, n) << 48) ^ ((long) Math.max(m, n) << 32) ^ Float.floatToIntBits((float) alpha);
        return CRITICAL.computeIfAbsent(key, k -> compute(Math.min(m, n), Math.max(m, n), alpha / 2));
    }

    /** The smallest two-sided exact p-value that samples of sizes m and n can reach: 2 / C(m+n, m). */
    public static double minimumPValue(final int m, final int n) {
        double ways = 1;
        for (int i = 1; i <= Math.min(m, n); i++) {
            ways = ways * (Math.max(m, n) + i) / i;
        }
        return Math.min(1, 2 / ways);
    }

    private static int compute(final int m, final int n, final double tail) {
        if (n > EXACT_LIMIT) {
            return approximate(m, n, tail);
        }
        double[] counts = frequencies(m, n);
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double cumulative = 0;
        for (int u = 0; u < counts.length; u++) {
            cumulative += counts[u];
            if (cumulative / total > tail) {
                return u - 1;
            }
        }
        return counts.length - 1;
    }

    /** Coefficients of prod_{i=1..m} (1 − q^(n+i)) / (1 − q^i): the number of arrangements giving U = u. */
    static double[] frequencies(final int m, final int n) {
        double[] c = new double[m * n + 1];
        c[0] = 1;
        for (int i = 1; i <= m; i++) {
            for (int j = c.length - 1; j >= n + i; j--) {
                c[j] -= c[j - n - i];
            }
            for (int j = i; j < c.length; j++) {
                c[j] += c[j - i];
            }
        }
        return c;
    }

    private static int approximate(final int m, final int n, final double tail) {
        double mean = m * (double) n / 2;
        double sd = Math.sqrt(m * (double) n * (m + n + 1) / 12.0);
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability(tail);
        return (int) Math.floor(mean - z * sd - 0.5);
    }
}
