package io.jenkins.plugins.perftracker.core.view;

import java.util.Comparator;

import io.jenkins.plugins.perftracker.core.model.SeriesKey;

/**
 * Orders names as people count: runs of digits compare by their value, so "2 clients" comes before "16 clients"
 * and "build-9" before "build-10". Ties fall back to plain string order, so the order is total and stable.
 */
public final class NaturalOrder implements Comparator<String> {
    /** The one instance. */
    public static final NaturalOrder INSTANCE = new NaturalOrder();
    /** Series by group, then name (tag and category), then unit, each in natural order. */
    public static final Comparator<SeriesKey> SERIES = Comparator.comparing(SeriesKey::getGroup, INSTANCE)
            .thenComparing(SeriesKey::displayName, INSTANCE).thenComparing(SeriesKey::getUnit, INSTANCE);

    private NaturalOrder() {
    }

    @Override
    public int compare(final String a, final String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byValue = compareNumbers(a.substring(i, endA), b.substring(j, endB));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            }
            else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    private static int digitsEnd(final String s, final int start) {
        int end = start;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Digit strings by value: leading zeros dropped, then the longer is larger, then digit by digit. */
    private static int compareNumbers(final String a, final String b) {
        String x = a.replaceFirst("^0+(?=\\d)", "");
        String y = b.replaceFirst("^0+(?=\\d)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
}
