package io.jenkins.plugins.perftracker.core.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Multiple-testing corrections, as R's {@code p.adjust}: Benjamini–Hochberg (false discovery rate, for a triage
 * list) and Holm (family-wise error, for a pass/fail gate). NaN entries (tests that could not run) stay NaN and
 * do not count in the family size. The input is not changed.
 */
public final class PValueAdjustment {
    private PValueAdjustment() {
    }

    /** Benjamini–Hochberg: adjusted p(i) = min over j ≥ i of m/j · p(j), at most 1 (step-up). */
    public static double[] benjaminiHochberg(final double[] p) {
        int[] order = ascending(p);
        int m = order.length;
        double[] adjusted = nanCopy(p.length);
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * ((double) m / rank)); // m/rank >= 1 exactly: never below p
            adjusted[i] = running;
        }
        return adjusted;
    }

    /** Holm: adjusted p(i) = max over j ≤ i of (m − j + 1) · p(j), at most 1 (step-down). */
    public static double[] holm(final double[] p) {
        int[] order = ascending(p);
        int m = order.length;
        double[] adjusted = nanCopy(p.length);
        double running = 0;
        for (int rank = 1; rank <= m; rank++) {
            int i = order[rank - 1];
            running = Math.max(running, Math.min(1, p[i] * (m - rank + 1)));
            adjusted[i] = running;
        }
        return adjusted;
    }

    /** Indices of the non-NaN p-values, smallest p first; equal p-values keep their input order. */
    private static int[] ascending(final double[] p) {
        for (double v : p) {
            if (v < 0 || v > 1) {
                throw new IllegalArgumentException("p-values must lie in [0, 1] but got " + v);
            }
        }
        return IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).mapToInt(Integer::intValue).toArray();
    }

    private static double[] nanCopy(final int length) {
        double[] a = new double[length];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
