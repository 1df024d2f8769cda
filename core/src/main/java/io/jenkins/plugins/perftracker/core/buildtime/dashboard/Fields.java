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

    /** Compares digit runs as numbers (any length, leading zeros ignored) and everything else by char. */
    private static int compareNatural(final String a, final String b) {
        int[] position = {0, 0};
        while (position[0] < a.length() && position[1] < b.length()) {
            int step = compareStep(a, b, position);
            if (step != 0) {
                return step;
            }
        }
        return Integer.compare(a.length() - position[0], b.length() - position[1]);
    }

    /** Compares the next digit run or character of both texts and moves past it. */
    private static int compareStep(final String a, final String b, final int[] position) {
        int i = position[0];
        int j = position[1];
        if (isDigit(a.charAt(i)) && isDigit(b.charAt(j))) {
            int endA = digitsEnd(a, i);
            int endB = digitsEnd(b, j);
            position[0] = endA;
            position[1] = endB;
            return compareNumbers(a, skipZeros(a, i, endA), endA, b, skipZeros(b, j, endB), endB);
        }
        position[0]++;
        position[1]++;
        return Character.compare(a.charAt(i), b.charAt(j));
    }

    private static boolean isDigit(final char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(final String text, final int from) {
        int end = from;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The first significant digit of a run, keeping one zero for a run of zeros. */
    private static int skipZeros(final String text, final int from, final int end) {
        int start = from;
        while (start < end - 1 && text.charAt(start) == '0') {
            start++;
        }
        return start;
    }

    private static int compareNumbers(final String a, final int fromA, final int endA, final String b,
            final int fromB, final int endB) {
        if (endA - fromA != endB - fromB) {
            return Integer.compare(endA - fromA, endB - fromB);
        }
        for (int k = 0; k < endA - fromA; k++) {
            int byDigit = Character.compare(a.charAt(fromA + k), b.charAt(fromB + k));
            if (byDigit != 0) {
                return byDigit;
            }
        }
        return 0;
    }
}
