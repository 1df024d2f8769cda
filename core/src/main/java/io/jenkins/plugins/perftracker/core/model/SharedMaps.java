package io.jenkins.plugins.perftracker.core.model;

import java.util.Iterator;
import java.util.Map;

/**
 * Lets tests with equal attribute (or link) maps share one immutable map. A reader builds thousands of tests
 * with the same attributes (Go: procs, goos, goarch, cpu), and a map of its own per test costs more heap than
 * the test's samples. Only the last map built is remembered: the maps are immutable, so a race between threads
 * costs no more than a missed share, and nothing is held beyond one small map.
 */
final class SharedMaps {
    private static volatile Map<String, String> last = Map.of();

    private SharedMaps() {
    }

    /** The map built last when it holds the same entries in the same order as {@code map}, otherwise null. */
    static Map<String, String> lastEqualTo(final Map<String, String> map) {
        Map<String, String> candidate = last;
        return sameInOrder(candidate, map) ? candidate : null;
    }

    /** Remembers an immutable, already cleaned map for the next tests; returns it. */
    static Map<String, String> remember(final Map<String, String> map) {
        last = map;
        return map;
    }

    private static boolean sameInOrder(final Map<String, String> a, final Map<String, String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<Map.Entry<String, String>> left = a.entrySet().iterator();
        for (Map.Entry<String, String> right : b.entrySet()) {
            Map.Entry<String, String> entry = left.next();
            if (!entry.getKey().equals(right.getKey()) || !entry.getValue().equals(right.getValue())) {
                return false;
            }
        }
        return true;
    }
}
