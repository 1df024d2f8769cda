package io.jenkins.plugins.perftracker.core.verdict;

import java.util.Objects;

import io.jenkins.plugins.perftracker.core.model.SeriesKey;

/**
 * A user's acknowledgement of a known change in one series, so that it is not reported again.
 * <ul>
 *   <li>A closed range [from, to] marks a known temporary change: verdicts of those builds are acknowledged,
 *       and those builds are left out of later baselines.</li>
 *   <li>An open range (from build X) accepts the change at X as the new normal: builds from X on are compared
 *       only with baseline builds from X on, so a later, new regression is still reported; a build without
 *       such a baseline (X itself) is acknowledged.</li>
 * </ul>
 *
 * @param series    the series
 * @param fromBuild the first build concerned
 * @param toBuild   the last build concerned, 0 for an open range
 * @param reason    the user's reason, shown with the verdict
 */
public record Acknowledgement(SeriesKey series, int fromBuild, int toBuild, String reason) {
    public Acknowledgement {
        Objects.requireNonNull(series, "series");
        reason = Objects.requireNonNullElse(reason, "");
        if (fromBuild < 1 || toBuild != 0 && toBuild < fromBuild) {
            throw new IllegalArgumentException(
                    "build range with 1 <= from <= to (or to = 0) expected but was " + fromBuild + ".." + toBuild);
        }
    }

    public static Acknowledgement range(final SeriesKey series, final int from, final int to, final String reason) {
        return new Acknowledgement(series, from, to, reason);
    }

    public static Acknowledgement from(final SeriesKey series, final int from, final String reason) {
        return new Acknowledgement(series, from, 0, reason);
    }

    public boolean isOpen() {
        return toBuild == 0;
    }

    /** Whether a closed range contains the build. */
    boolean contains(final int build) {
        return !isOpen() && build >= fromBuild && build <= toBuild;
    }
}
