package io.jenkins.plugins.perftracker.core.badge;

import java.util.OptionalDouble;

/**
 * Performance badges: the latest value of a series with its unit, and the open regressions of a
 * regression tag. Missing or non-finite values give "unknown" in light grey.
 */
public final class PerfBadges {
    /** From this many open regressions the badge is red. */
    static final int MANY_REGRESSIONS = 5;

    private PerfBadges() {
    }

    /** "label | 12.3 ms" in blue: the value humanised ({@link HumanNumber}) and the unit, if any. */
    public static Badge latestValue(final String label, final OptionalDouble value, final String unit) {
        if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
            return Badge.of(label, BuildtimeBadges.UNKNOWN, BadgeColor.LIGHTGREY);
        }
        String number = HumanNumber.format(value.getAsDouble());
        String text = unit == null || unit.isBlank() ? number : number + " " + unit.trim();
        return Badge.of(label, text, BadgeColor.BLUE);
    }

    /**
     * "tag regressions | n open": none bright green, one yellow, 2 to 4 orange, 5 or more red; a negative
     * count (nothing known) is "unknown".
     */
    public static Badge openRegressions(final String tag, final int count) {
        String label = tag == null || tag.isBlank() ? "regressions" : tag.trim() + " regressions";
        if (count < 0) {
            return Badge.of(label, BuildtimeBadges.UNKNOWN, BadgeColor.LIGHTGREY);
        }
        return Badge.of(label, count + " open", regressionColor(count));
    }

    static BadgeColor regressionColor(final int count) {
        if (count == 0) {
            return BadgeColor.BRIGHTGREEN;
        }
        if (count == 1) {
            return BadgeColor.YELLOW;
        }
        return count < MANY_REGRESSIONS ? BadgeColor.ORANGE : BadgeColor.RED;
    }
}
