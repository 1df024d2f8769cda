package io.jenkins.plugins.perftracker.core.compare;

/** PerfTracker's cell colour in a "% vs #k" column, with its {@code diff} code and CSS colour. */
public enum LegacyColour {
    BETTER(1, "#a0ffa0"),
    WORSE(-1, "#ffa0a0"),
    EQUAL(0, "");

    private final int diff;
    private final String css;

    LegacyColour(final int diff, final String css) {
        this.diff = diff;
        this.css = css;
    }

    /** PerfTracker's diff value: 1 better, −1 worse, 0 equal or not significant. */
    public int getDiff() {
        return diff;
    }

    /** The background colour, empty for the grey "equal" cell. */
    public String getCss() {
        return css;
    }
}
