package io.jenkins.plugins.perftracker.core.changepoint;

import java.io.Serializable;

/**
 * One change point of a series: where the new regime starts and how it differs from the previous one.
 * Before and after are the segments between this change point and its neighbours (or the series ends).
 *
 * @param index         index of the first value of the new regime (never 0)
 * @param pValue        significance of the difference (calibrated unless the mode is OTAVA)
 * @param forwardChange relative change of the mean, {@code meanAfter / meanBefore - 1} (0 if meanBefore is 0)
 * @param magnitude     {@code max(|after/before - 1|, |before/after - 1|)}, Otava's symmetric size
 * @param meanBefore    mean of the segment before
 * @param meanAfter     mean of the segment after
 * @param stdBefore     standard deviation of the segment before (ddof=0 in OTAVA mode, else ddof=1)
 * @param stdAfter      standard deviation of the segment after
 */
public record ChangePoint(int index, double pValue, double forwardChange, double magnitude, double meanBefore,
                          double meanAfter, double stdBefore, double stdAfter) implements Serializable {
    /** Builds a change point from the two segments' moments, computing the relative changes as Otava does. */
    static ChangePoint of(final int index, final double pValue, final SegmentMoments before,
                          final SegmentMoments after) {
        double m1 = before.mean();
        double m2 = after.mean();
        double forward = m1 == 0 ? 0 : m2 / m1 - 1;
        double backward = m2 == 0 ? 0 : m1 / m2 - 1;
        return new ChangePoint(index, pValue, forward, Math.max(Math.abs(forward), Math.abs(backward)), m1, m2,
                before.std(), after.std());
    }

    /** The same change point with another p-value. */
    ChangePoint withPValue(final double p) {
        return new ChangePoint(index, p, forwardChange, magnitude, meanBefore, meanAfter, stdBefore, stdAfter);
    }
}
