package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.Arrays;

import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The robust mode's test of the newest values: did the series just move? The last k values (k = 2..4) are
 * t-tested against the values before them in the last segment (at most four windows), and the smallest p is
 * corrected by Bonferroni over the three positions (a seeded simulation finds the search inflates the rate
 * 2.6x for 3 positions) and by {@value #REPEATED} for the repetition after every build. This confirms a 3σ
 * step two builds after it, where the windows need three or more.
 *
 * <p>A single value is never tested (any spike would be a step), nor newest values spread far wider than the
 * reference (a spike among them); and the test runs only when the reference looks Gaussian: no value further
 * than 4 robust standard deviations from the median ({@link Outliers}). Heavy-tailed series (latencies) have
 * such values in almost every window and are left to the
 * rank-confirmed passes: a t-test on two newest values cannot tell a step from a pair of spikes there.
 */
final class TailTest {
    /** The newest values tested at most: a 2σ step is due within 4 builds. */
    static final int MAX_TAIL = 4;
    private static final int MIN_TAIL = 2;
    private static final int MIN_REFERENCE = 8;
    /** Windows of values before the tail it is compared with at most. */
    private static final int REFERENCE_WINDOWS = 4;

    private static final int POSITIONS = MAX_TAIL - MIN_TAIL + 1;
    /**
     * A further factor on the p-value because the test runs again after every build: 3 cuts the alarms later
     * withdrawn on Gaussian noise from 0.65 to 0.22 per 1,000 builds and keeps the delays (10 would not).
     */
    private static final int REPEATED = 3;
    private static final double SPREAD_LEVEL = 0.001;

    private final int reference;
    private final double threshold;
    /** |t| below this cannot pass (see StudentSplitTest#absT): spares the Student tail on most builds. */
    private final double minT;

    TailTest(final ChangePointOptions options) {
        this.reference = REFERENCE_WINDOWS * options.window();
        this.threshold = options.maxPValue();
        this.minT = NormalDistribution.of(0, 1).inverseSurvivalProbability(threshold / POSITIONS / REPEATED / 2);
    }

    /** A change point k ≤ 4 values before the end of z, in the segment starting at {@code from}, or null. */
    ChangePoint test(final double[] z, final int from) {
        int n = z.length;
        int referenceEnd = n - MAX_TAIL;
        int referenceStart = Math.max(from, referenceEnd - reference);
        if (referenceEnd - referenceStart < MIN_REFERENCE) {
            return null;
        }
        int bestTau = -1;
        double bestP = 1;
        for (int k = MIN_TAIL; k <= MAX_TAIL; k++) {
            int tau = n - k;
            SegmentMoments left = SegmentMoments.of(z, Math.max(from, tau - reference), tau, 1);
            SegmentMoments right = SegmentMoments.of(z, tau, n, 1);
            double p = StudentSplitTest.absT(left, right) >= minT ? StudentSplitTest.pValue(left, right) : 1;
            if (p < bestP) {
                bestP = p;
                bestTau = tau;
            }
        }
        double corrected = Math.min(1.0, bestP * POSITIONS * REPEATED);
        if (!(corrected < threshold) || !looksGaussian(z, referenceStart, referenceEnd)
                || !sameSpread(SegmentMoments.of(z, Math.max(from, bestTau - reference), bestTau, 1),
                SegmentMoments.of(z, bestTau, n, 1))) {
            return null;
        }
        return ChangePoint.of(bestTau, corrected, SegmentMoments.of(z, from, bestTau, 1),
                SegmentMoments.of(z, bestTau, n, 1));
    }

    /**
     * The newest values spread as the reference does (F-test at {@value #SPREAD_LEVEL}): a step moves all of
     * them, a spike among them only one, which shows as a spread far beyond the reference's.
     */
    static boolean sameSpread(final SegmentMoments reference, final SegmentMoments newest) {
        double ratio = newest.std() * newest.std() / (reference.std() * reference.std());
        return !(ratio > 1) || FDistribution.of(newest.n() - 1, reference.n() - 1).survivalProbability(ratio)
                >= SPREAD_LEVEL;
    }

    /** No value of z[from, to) is an outlier ({@link Outliers}). */
    static boolean looksGaussian(final double[] z, final int from, final int to) {
        double[] sorted = Arrays.copyOfRange(z, from, to);
        Arrays.sort(sorted);
        return Outliers.none(sorted);
    }
}
