package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.Comparator;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/** The record fields the dashboard groups and filters by, as text; empty when unknown. */
final class Fields {
    static final double NANOS_PER_SECOND = 1e9;
    /** Orders ids as people read them: "9" before "10", "10" before "10.1" before "10.2". */
    static final Comparator<String> NATURAL = Fields::compareNatural;

    private Fields() {
    }

    static String trigger(final BuildTimeRecord record) {
        return record.getTrigger() == null ? "" : record.getTrigger().id();
    }

    static String agent(final BuildTimeRecord record) {
        return record.getAgent() == null ? "" : record.getAgent().getHostname();
    }

    static double seconds(final java.time.Duration duration) {
        return duration.getSeconds() + duration.getNano() / NANOS_PER_SECOND;
    }

    /** The key counted by count_unique(job.job): jobs are unique within their repository. */
    static String jobKey(final BuildTimeRecord record) {
        return record.getRepo() + '\u0000' + record.getJob();
    }

    static String buildKey(final BuildTimeRecord record) {
        return record.getRepo() + '\u0000' + record.getBuild();
    }

    private static int compareNatural(final String a, final String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j))) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = compareDigits(a.substring(i, endA), b.substring(j, endB));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            }
            else if (a.charAt(i) != b.charAt(j)) {
                return Character.compare(a.charAt(i), b.charAt(j));
            }
            else {
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int digitsEnd(final String text, final int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Compares two digit runs as numbers of any length: fewer significant digits is smaller. */
    private static int compareDigits(final String a, final String b) {
        String x = withoutLeadingZeros(a);
        String y = withoutLeadingZeros(b);
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static String withoutLeadingZeros(final String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
