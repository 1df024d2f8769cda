package io.jenkins.plugins.perftracker.core.ingest.gobench;

import java.util.Arrays;

/**
 * The benchmarks seen so far, found by the characters of a name on the current line, so a repeated name costs
 * no String; each name holds its series, one per unit (a few). Also hands out one shared String per distinct
 * short token (units, GOMAXPROCS values), so 300,000 series do not hold 300,000 copies of {@code "ns/op"}.
 */
final class GoNames {
    private static final int MAX_SHARED = 1024;

    /** One benchmark name in one package and its series by unit. */
    static final class Name {
        final String pkg;
        final String text;
        private final int hash;
        private GoSeries[] series = new GoSeries[0];

        private Name(final String pkg, final String text, final int hash) {
            this.pkg = pkg;
            this.text = text;
            this.hash = hash;
        }

        /** The series of this unit, or null. */
        GoSeries series(final String unit) {
            for (GoSeries s : series) {
                if (s.unit().equals(unit)) {
                    return s;
                }
            }
            return null;
        }

        void add(final GoSeries added) {
            series = Arrays.copyOf(series, series.length + 1);
            series[series.length - 1] = added;
        }
    }

    private Name[] names = new Name[1024];
    private int count;
    private String[] shared = new String[64];
    private int sharedCount;

    /** The name {@code chars[from, to)} of package {@code pkg}, added when new. */
    Name name(final String pkg, final char[] chars, final int from, final int to) {
        int hash = 31 * pkg.hashCode() + hash(chars, from, to);
        int mask = names.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            Name name = names[slot];
            if (name == null) {
                return add(slot, new Name(pkg, new String(chars, from, to - from), hash));
            }
            if (name.hash == hash && name.text.length() == to - from && same(name.text, chars, from)
                    && name.pkg.equals(pkg)) {
                return name;
            }
        }
    }

    private Name add(final int slot, final Name name) {
        names[slot] = name;
        if (++count * 2 > names.length) {
            Name[] old = names;
            names = new Name[old.length * 2];
            int mask = names.length - 1;
            for (Name n : old) {
                if (n != null) {
                    int s = n.hash & mask;
                    while (names[s] != null) {
                        s = (s + 1) & mask;
                    }
                    names[s] = n;
                }
            }
        }
        return name;
    }

    /** One String for equal short tokens (units, procs): a new one only the first time, or past 1,024 of them. */
    String shared(final char[] chars, final int from, final int to) {
        for (int i = 0; i < sharedCount; i++) {
            String s = shared[i];
            if (s.length() == to - from && same(s, chars, from)) {
                return s;
            }
        }
        String text = new String(chars, from, to - from);
        if (sharedCount < MAX_SHARED) {
            if (sharedCount == shared.length) {
                shared = Arrays.copyOf(shared, sharedCount * 2);
            }
            shared[sharedCount++] = text;
        }
        return text;
    }

    private static int hash(final char[] chars, final int from, final int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return h ^ (h >>> 16);
    }

    private static boolean same(final String text, final char[] chars, final int from) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != chars[from + i]) {
                return false;
            }
        }
        return true;
    }
}
