package io.jenkins.plugins.perftracker.core.regression;

/** PerfTracker's five classes of a first-versus-last ratio (1 = no change, below 1 = worse), with colours. */
public enum TrendClass {
    DEGRADATION_50("Degradation > 50%", "#ffa0a0"),
    DEGRADATION_10("Degradation > 10%", "#ffe0e0"),
    NO_DEGRADATION("No degradation", ""),
    IMPROVEMENT_10("Improvement > 10%", "#e0ffe0"),
    IMPROVEMENT_50("Improvement > 50%", "#a0ffa0");

    private final String label;
    private final String colour;

    TrendClass(final String label, final String colour) {
        this.label = label;
        this.colour = colour;
    }

    /**
     * The class of a ratio: &lt; 0.5, &lt; 0.9, &lt; 1.1, &lt; 1.5, ≥ 1.5. A NaN ratio (no points, or 0/0) is
     * "No degradation": there is nothing to flag.
     */
    public static TrendClass of(final double ratio) {
        if (Double.isNaN(ratio)) {
            return NO_DEGRADATION;
        }
        if (ratio < 0.5) {
            return DEGRADATION_50;
        }
        if (ratio < 0.9) {
            return DEGRADATION_10;
        }
        if (ratio < 1.1) {
            return NO_DEGRADATION;
        }
        return ratio < 1.5 ? IMPROVEMENT_10 : IMPROVEMENT_50;
    }

    /** PerfTracker draws its cubic trend line when the ratio is ≤ 0.9 or ≥ 1.1. */
    public static boolean drawsTrendLine(final double ratio) {
        return ratio <= 0.9 || ratio >= 1.1;
    }

    public boolean isDegradation() {
        return this == DEGRADATION_50 || this == DEGRADATION_10;
    }

    public String getLabel() {
        return label;
    }

    /** The background colour; empty for "No degradation". */
    public String getColour() {
        return colour;
    }
}
