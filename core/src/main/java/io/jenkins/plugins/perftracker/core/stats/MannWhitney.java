package io.jenkins.plugins.perftracker.core.stats;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The two-sided Mann-Whitney U test as benchstat computes it, so that its p-values can be checked against
 * benchstat's published outputs: the exact null distribution without ties up to {@value #EXACT_LIMIT} values a
 * side, the exact distribution <em>given the ties</em> (midranks, every arrangement weighted by its count) up to
 * {@value #TIES_EXACT_LIMIT} a side, else the normal approximation with tie and continuity corrections. The
 * exact p is 2·P(U ≤ min(U₁, U₂)), capped at 1; all values equal give p = 1.
 */
public final class MannWhitney {
    static final int EXACT_LIMIT = 50;
    static final int TIES_EXACT_LIMIT = 25;
    private static final Map<Long, double[]> CUMULATIVE = new ConcurrentHashMap<>();

    private MannWhitney() {
    }

    /** The test of {@code x} against {@code y}: U of {@code x} and the two-sided p; NONE when a side is empty. */
    public static TestResult test(final double[] x, final double[] y) {
        int n1 = x.length;
        int n2 = y.length;
        if (n1 == 0 || n2 == 0) {
            return TestResult.NONE;
        }
        Ranks ranks = Ranks.of(x, y);
        long twiceU1 = ranks.twiceRankSum - (long) n1 * (n1 + 1);
        double u1 = twiceU1 / 2.0;
        boolean exact = ranks.ties.length == n1 + n2 ? n1 <= EXACT_LIMIT && n2 <= EXACT_LIMIT
                : n1 <= TIES_EXACT_LIMIT && n2 <= TIES_EXACT_LIMIT;
        if (ranks.ties.length == 1) {
            return new TestResult(u1, 1);
        }
        if (exact) {
            long twiceSmall = Math.min(twiceU1, 2L * n1 * n2 - twiceU1);
            double cdf = ranks.ties.length == n1 + n2 ? noTiesCdf(n1, n2, twiceSmall / 2)
                    : exactCdf(ranks.ties, n1, twiceSmall);
            double p = twiceU1 * 2 == 2L * n1 * n2 ? 1 : 2 * cdf;
            return new TestResult(u1, Math.min(1, p));
        }
        return new TestResult(u1, normal(u1, n1, n2, ranks.ties));
    }

    /** P(U ≤ u) without ties, from the cached exact frequencies. */
    static double noTiesCdf(final int n1, final int n2, final long u) {
        double[] cumulative = CUMULATIVE.computeIfAbsent(((long) n1 << 32) | n2, k -> {
            double[] c = UDistribution.frequencies(Math.min(n1, n2), Math.max(n1, n2));
            for (int i = 1; i < c.length; i++) {
                c[i] += c[i - 1];
            }
            return c;
        });
        return cumulative[(int) u] / cumulative[cumulative.length - 1];
    }

    /**
     * P(2U₁ ≤ twiceU) over all C(N, n1) ways to draw n1 of the values, the ties (group sizes in rank order) kept.
     * The groups are added in rank order; a group with a values of x, after j values of x and y = seen − j of y,
     * adds a·2y + a·(t − a) to 2U₁ (each y below counts 1, each tied y ½). Only 2U₁ up to the bound is counted;
     * the total is C(N, n1).
     */
    static double exactCdf(final int[] ties, final int n1, final long twiceU) {
        int total = Arrays.stream(ties).sum();
        if (twiceU < 0) {
            return 0;
        }
        int width = (int) Math.min(twiceU, 2L * n1 * (total - n1)) + 1;
        double[] counts = new double[(n1 + 1) * width];
        double[] next = new double[counts.length];
        counts[0] = 1;
        int seen = 0;
        for (int t : ties) {
            Arrays.fill(next, 0);
            int remaining = total - seen;
            for (int j = Math.max(0, n1 - remaining); j <= Math.min(n1, seen); j++) {
                int below = 2 * (seen - j);
                int most = (int) Math.min(width - 1L, (long) j * below); // 2U so far is at most 2·j·y
                for (int u = 0; u <= most; u++) {
                    double c = counts[j * width + u];
                    if (c == 0) {
                        continue;
                    }
                    double ways = 1;
                    for (int a = 0; a <= t && j + a <= n1; a++) {
                        int target = u + a * below + a * (t - a);
                        if (target < width) {
                            next[(j + a) * width + target] += c * ways;
                        }
                        ways = ways * (t - a) / (a + 1);
                    }
                }
            }
            double[] swap = counts;
            counts = next;
            next = swap;
            seen += t;
        }
        double sum = 0;
        for (int u = 0; u < width; u++) {
            sum += counts[n1 * width + u];
        }
        return sum / binomial(total, n1);
    }

    private static double binomial(final int n, final int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    private static double normal(final double u1, final int n1, final int n2, final int[] ties) {
        double n = n1 + n2;
        double t = 0;
        for (int tie : ties) {
            t += (double) tie * tie * tie - tie;
        }
        double sigma = Math.sqrt(n1 * (double) n2 * ((n + 1) - t / (n * (n - 1))) / 12);
        double numerator = u1 - n1 * (double) n2 / 2;
        numerator -= Math.signum(numerator) * 0.5;
        double z = numerator / sigma;
        NormalDistribution normal = NormalDistribution.of(0, 1);
        return Math.min(1, 2 * Math.min(normal.cumulativeProbability(z), normal.survivalProbability(z)));
    }

    /** The doubled rank sum of the first sample (midranks) and the sizes of the groups of equal values. */
    private record Ranks(long twiceRankSum, int[] ties) {
        static Ranks of(final double[] x, final double[] y) {
            double[] merged = new double[x.length + y.length];
            boolean[] first = new boolean[merged.length];
            Integer[] order = new Integer[merged.length];
            for (int i = 0; i < merged.length; i++) {
                merged[i] = i < x.length ? x[i] : y[i - x.length];
                first[i] = i < x.length;
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(merged[a], merged[b]));
            long twiceSum = 0;
            int[] ties = new int[merged.length];
            int groups = 0;
            for (int i = 0; i < merged.length;) {
                int j = i;
                int fromX = 0;
                while (j < merged.length && merged[order[j]] == merged[order[i]]) {
                    fromX += first[order[j]] ? 1 : 0;
                    j++;
                }
                twiceSum += (long) fromX * (i + 1 + j);
                ties[groups++] = j - i;
                i = j;
            }
            return new Ranks(twiceSum, Arrays.copyOf(ties, groups));
        }
    }
}
