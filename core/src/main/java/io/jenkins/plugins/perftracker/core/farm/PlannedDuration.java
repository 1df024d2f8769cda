package io.jenkins.plugins.perftracker.core.farm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lock's planned duration as a pipeline writes it ("2h", "90m", "1d", "1h30m") in the whole hours the farm
 * plans in, rounded up ("30m" plans one hour). Empty means no plan (0).
 */
public final class PlannedDuration {
    private static final Pattern PART = Pattern.compile("(\\d{1,6})\\s*([dhm])");
    private static final Pattern WHOLE = Pattern.compile("(\\s*\\d{1,6}\\s*[dhm])+\\s*");

    private PlannedDuration() {
    }

    /** Whole hours, 0 for empty; refuses anything else with the expected form. */
    public static int hours(final String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String value = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!WHOLE.matcher(value).matches()) {
            throw new FarmException("duration: a duration such as '2h', '90m', '1d' or '1h30m' expected but was '"
                    + text.strip() + "'");
        }
        long minutes = 0;
        Matcher m = PART.matcher(value);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            minutes += switch (m.group(2)) {
                case "d" -> n * 24 * 60;
                case "h" -> n * 60;
                default -> n;
            };
        }
        long hours = (minutes + 59) / 60;
        return LockRequest.checkPlannedHours((int) Math.min(Integer.MAX_VALUE, hours));
    }
}
