package io.jenkins.plugins.perftracker.core.badge;

/**
 * Buildtime Trend's {@code format_duration}: seconds rounded to whole seconds (halves up), shown as
 * "45s", "3m 12s" or "1h 0m 5s"; hours are not folded into days.
 */
public final class DurationFormat {
    private DurationFormat() {
    }

    /** The duration in seconds as text; requires a finite, non-negative value. */
    public static String format(final double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            throw new IllegalArgumentException("A finite, non-negative duration expected but was " + seconds);
        }
        long total = Math.round(seconds);
        long hours = total / 3600;
        long minutes = total % 3600 / 60;
        long rest = total % 60;
        if (hours > 0) {
            return hours + "h " + minutes + "m " + rest + "s";
        }
        return minutes > 0 ? minutes + "m " + rest + "s" : rest + "s";
    }
}
