package io.jenkins.plugins.perftracker.core.compare;

/** What a comparison of one series between two runs concludes. */
public enum Outcome {
    /** Significantly worse by more than the minimum effect, in the series' direction. */
    REGRESSED,
    /** Significantly better by more than the minimum effect. */
    IMPROVED,
    /** Not significant, or smaller than the minimum effect. */
    UNCHANGED,
    /** Cannot be tested: a value is missing, failed, or there are too few samples. */
    INCONCLUSIVE;

    /** The outcome of a significant change of the given sign for a series with the given direction. */
    static Outcome of(final double change, final boolean lessIsBetter) {
        if (change == 0) {
            return UNCHANGED;
        }
        return change > 0 == lessIsBetter ? REGRESSED : IMPROVED;
    }
}
