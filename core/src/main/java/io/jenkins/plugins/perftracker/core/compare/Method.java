package io.jenkins.plugins.perftracker.core.compare;

/** Which rule judged a cell: the strongest the data allows, chosen by what each side has. */
public enum Method {
    /** Raw samples large enough to reach alpha on both sides (n ≥ 4 at 0.05): Mann-Whitney U, as benchstat. */
    MANN_WHITNEY,
    /** Raw samples, but too few for the rank test (2 or 3 a side): Welch's t-test on them. */
    WELCH_SMALL,
    /** Only mean, deviation and n were known on a side: Welch's t-test from summaries. */
    WELCH_SUMMARY,
    /** JMH's own error on both sides: changed when the 99.9 % intervals (score ± scoreError) do not overlap. */
    TOOL_ERROR,
    /** One value a side (Gatling, k6 summaries): no test is possible; PerfTracker's 10 % rule decides. */
    THRESHOLD,
    /** Nothing could be judged: a value is missing or failed. */
    NONE;

    /** Whether the rule yields a p-value that enters the multiple-testing family. */
    boolean hasPValue() {
        return this == MANN_WHITNEY || this == WELCH_SMALL || this == WELCH_SUMMARY;
    }
}
