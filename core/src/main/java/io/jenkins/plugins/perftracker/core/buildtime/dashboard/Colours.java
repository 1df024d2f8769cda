package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

/** Buildtime Trend's dashboard colours (the Keen JS defaults, {@code dashboard_common.js}). */
public final class Colours {
    public static final String GREEN = "#73d483";
    public static final String RED = "#fe6672";
    public static final String YELLOW = "#eeb058";
    public static final String BLUE = "#5a9eed";
    public static final String LAVENDER = "#c879bb";

    private Colours() {
    }

    /** Job result colours of "Build job results": passed green, failed red, errored yellow, aborted lavender. */
    static String ofResult(final String result) {
        switch (result) {
            case "passed":
                return GREEN;
            case "failed":
                return RED;
            case "errored":
                return YELLOW;
            default:
                return LAVENDER;
        }
    }

    /** "Build jobs passed": green when all passed, yellow from 75 %, else red. */
    static String ofPassed(final long passed, final long total) {
        if (passed == total) {
            return GREEN;
        }
        return passed >= 0.75 * total ? YELLOW : RED;
    }

    /** "Build jobs failed" (failed or errored): green when none, yellow up to 25 %, else red. */
    static String ofFailed(final long failed, final long total) {
        if (failed == 0) {
            return GREEN;
        }
        return failed <= 0.25 * total ? YELLOW : RED;
    }

    /** "days since last fail": red when the last failure was less than a day ago. */
    static String ofDaysSinceFail(final Long days) {
        return days != null && days == 0 ? RED : GREEN;
    }
}
