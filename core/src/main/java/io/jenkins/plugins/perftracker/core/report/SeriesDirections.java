package io.jenkins.plugins.perftracker.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which way is better for chosen series, when the input cannot say (an Otava CSV has no "higher is better"): a
 * pattern for the series that are higher-is-better (throughput), another for lower-is-better, and exact names
 * with {@code up} (higher is better) or {@code down}. Exact names win over patterns; a name that matches no
 * series is refused, so a typo is not silently ignored. Series names are those the output prints (the CSV
 * header, or "tag category" for runs).
 */
public final class SeriesDirections {
    /** The longest pattern or list taken. */
    static final int MAX_TEXT = 4096;

    private final Pattern higher;
    private final Pattern lower;
    private final Map<String, Boolean> lessIsBetterByName;

    private SeriesDirections(final Pattern higher, final Pattern lower, final Map<String, Boolean> byName) {
        this.higher = higher;
        this.lower = lower;
        this.lessIsBetterByName = byName;
    }

    /**
     * Parses the options: patterns are Java regular expressions found anywhere in the name; {@code directions}
     * is {@code NAME=up|down} pairs separated by commas. Null means not given.
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static SeriesDirections parse(final String higherIsBetter, final String lowerIsBetter,
            final String directions) {
        Map<String, Boolean> byName = new LinkedHashMap<>();
        if (directions != null) {
            bounded("--direction", directions);
            for (String pair : directions.split(",")) {
                int equals = pair.lastIndexOf('=');
                String way = equals < 0 ? "" : pair.substring(equals + 1).strip().toLowerCase(Locale.ROOT);
                if (!way.equals("up") && !way.equals("down") || pair.substring(0, equals).isBlank()) {
                    throw new IllegalArgumentException("--direction: SERIES=up or SERIES=down expected but was '"
                            + pair.strip() + "'");
                }
                byName.put(pair.substring(0, equals).strip(), way.equals("down"));
            }
        }
        return new SeriesDirections(pattern("--higher-is-better", higherIsBetter),
                pattern("--lower-is-better", lowerIsBetter), byName);
    }

    private static Pattern pattern(final String option, final String text) {
        if (text == null) {
            return null;
        }
        try {
            return Pattern.compile(bounded(option, text));
        }
        catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(option + ": a regular expression expected: " + e.getDescription()
                    + " near index " + e.getIndex(), e);
        }
    }

    private static String bounded(final String option, final String text) {
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(option + ": at most " + MAX_TEXT + " characters expected");
        }
        return text;
    }

    /** The history with every chosen series turned the chosen way; the others keep theirs. */
    public History apply(final History history) {
        Set<String> unused = new LinkedHashSet<>(lessIsBetterByName.keySet());
        List<History.Column> columns = new ArrayList<>();
        for (History.Column column : history.series()) {
            String name = column.key().displayName();
            unused.remove(name);
            boolean less = lessIsBetter(name, column.lessIsBetter());
            columns.add(less == column.lessIsBetter() ? column
                    : new History.Column(column.key(), less, column.values()));
        }
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("--direction: no series named '" + unused.iterator().next() + "'");
        }
        return new History(history.builds(), columns);
    }

    private boolean lessIsBetter(final String name, final boolean given) {
        Boolean exact = lessIsBetterByName.get(name);
        if (exact != null) {
            return exact;
        }
        if (higher != null && higher.matcher(name).find()) {
            return false;
        }
        if (lower != null && lower.matcher(name).find()) {
            return true;
        }
        return given;
    }
}
