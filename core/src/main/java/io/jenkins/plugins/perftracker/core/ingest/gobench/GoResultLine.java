package io.jenkins.plugins.perftracker.core.ingest.gobench;

import java.util.Arrays;

/**
 * Scans a result line ({@code BenchmarkName-8  1000  12.5 ns/op  64 B/op}) in place: where the name, the
 * iteration count and each field are, as the pattern {@code ^(Benchmark(?!\p{Ll})\S*)\s+(\S+)(?:\s+(.*))?$}
 * with the rest stripped and split at {@code \s+} would find them, but with no regular expression and no String.
 * Reused for every line.
 */
final class GoResultLine {
    private static final String PREFIX = "Benchmark";

    private char[] chars;
    private int nameEnd;
    private int countStart;
    private int countEnd;
    private int[] bounds = new int[16];
    private int fields;

    /** Whether the line is a result line; if so its parts are available until the next scan. */
    boolean scan(final char[] line, final int length) {
        chars = line;
        if (!startsWithPrefix(line, length)) {
            return false;
        }
        nameEnd = skip(line, PREFIX.length(), length, false);
        countStart = skip(line, nameEnd, length, true);
        if (countStart == nameEnd || countStart == length) {
            return false;
        }
        countEnd = skip(line, countStart, length, false);
        fields(line, countEnd, length);
        return true;
    }

    private static boolean startsWithPrefix(final char[] line, final int length) {
        if (length < PREFIX.length()) {
            return false;
        }
        for (int i = 0; i < PREFIX.length(); i++) {
            if (line[i] != PREFIX.charAt(i)) {
                return false;
            }
        }
        return length == PREFIX.length()
                || Character.getType(Character.codePointAt(line, PREFIX.length(), length)) != Character.LOWERCASE_LETTER;
    }

    /** The index of the first character from {@code from} that is (not) whitespace as {@code \s} means it. */
    private static int skip(final char[] line, final int from, final int to, final boolean space) {
        int i = from;
        while (i < to && isSpace(line[i]) == space) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(final char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The fields of the rest after the count: stripped (as String.strip), then split at \s+. */
    private void fields(final char[] line, final int restStart, final int length) {
        fields = 0;
        if (restStart == length) {
            return;
        }
        int start = restStart;
        int end = length;
        while (start < end && Character.isWhitespace(line[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(line[end - 1])) {
            end--;
        }
        if (start == end) {
            fields = 1; // what "".split gives: refused as an odd count
            return;
        }
        for (int i = start; i < end; ) {
            int fieldEnd = skip(line, i, end, false);
            bound(i, fieldEnd);
            i = skip(line, fieldEnd, end, true);
        }
    }

    private void bound(final int start, final int end) {
        if (2 * fields + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * fields] = start;
        bounds[2 * fields + 1] = end;
        fields++;
    }

    /** The index of the {@code -} before a {@code -GOMAXPROCS} suffix of digits in {@code chars[from, to)}, or -1. */
    static int procsSuffix(final char[] chars, final int from, final int to) {
        int i = to;
        while (i > from && chars[i - 1] >= '0' && chars[i - 1] <= '9') {
            i--;
        }
        return i < to && i > from && chars[i - 1] == '-' ? i - 1 : -1;
    }

    char[] chars() {
        return chars;
    }

    int nameStart() {
        return 0;
    }

    int nameEnd() {
        return nameEnd;
    }

    String name() {
        return new String(chars, 0, nameEnd);
    }

    /** The iteration count, or -1 when the second field is not one. */
    long count() {
        return GoNumbers.parseCount(chars, countStart, countEnd);
    }

    String countText() {
        return new String(chars, countStart, countEnd - countStart);
    }

    int fields() {
        return fields;
    }

    int fieldStart(final int field) {
        return bounds[2 * field];
    }

    int fieldEnd(final int field) {
        return bounds[2 * field + 1];
    }

    String field(final int field) {
        return new String(chars, fieldStart(field), fieldEnd(field) - fieldStart(field));
    }
}
