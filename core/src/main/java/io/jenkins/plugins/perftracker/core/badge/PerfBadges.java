package io.jenkins.plugins.perftracker.core.badge;

import java.util.Locale;
import java.util.OptionalDouble;

import io.jenkins.plugins.perftracker.core.view.RegressionView;

/**
 * Performance badges: the latest value of a series with its unit, the verdict of the last build and the open
 * regressions of a regression tag. Missing or non-finite values give "unknown" in light grey.
 */
public final class PerfBadges {
    /** From this many open regressions the badge is red. */
    static final int MANY_REGRESSIONS = 5;
    static final String VERDICT_LABEL = "perf verdict";

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

    /**
     * "perf verdict | passed": the verdict of the last published build, by the name of its status (PASSED
     * brightgreen, NOTE green, UNSTABLE orange, FAILURE red); no build or an unknown name is "unknown".
     */
    public static Badge verdict(final String statusName) {
        String status = statusName == null ? "" : statusName.trim().toUpperCase(Locale.ROOT);
        BadgeColor color = switch (status) {
            case "PASSED" -> BadgeColor.BRIGHTGREEN;
            case "NOTE" -> BadgeColor.GREEN;
            case "UNSTABLE" -> BadgeColor.ORANGE;
            case "FAILURE" -> BadgeColor.RED;
            default -> null;
        };
        return color == null ? Badge.of(VERDICT_LABEL, BuildtimeBadges.UNKNOWN, BadgeColor.LIGHTGREY)
                : Badge.of(VERDICT_LABEL, status.toLowerCase(Locale.ROOT), color);
    }

    /**
     * The open regressions of a tag, as its regression page counts them: the series in the two degradation
     * classes (worse by more than 10 % from the tag's first build to its last).
     */
    public static int openRegressionCount(final RegressionView view) {
        return view.classes().stream().filter(c -> c.id().startsWith("degradation-"))
                .mapToInt(RegressionView.ClassFilter::count).sum();
    }
}
