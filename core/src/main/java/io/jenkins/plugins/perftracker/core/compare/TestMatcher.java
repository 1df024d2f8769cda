package io.jenkins.plugins.perftracker.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;

/**
 * Matches the tests of several runs as PerfTracker's comparison does: runs in the user's order, each run's tests
 * by sequence number; group, then section (the tag when the test has a category, else ""), then row per
 * series key. Groups, sections and rows keep the order in which they first appear.
 */
final class TestMatcher {
    private final int runCount;
    private final Map<String, Map<String, Map<SeriesKey, PerfTest[]>>> groups = new LinkedHashMap<>();
    /** The row keys of each (group, tag, category), to find a row of the same test in another unit. */
    private final Map<String, List<SeriesKey>> byCase = new HashMap<>();

    private TestMatcher(final int runCount) {
        this.runCount = runCount;
    }

    /** group → section key → series key → the test of each run (null where a run lacks it). */
    static Map<String, Map<String, Map<SeriesKey, PerfTest[]>>> match(final List<PerfRun> runs) {
        TestMatcher matcher = new TestMatcher(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            List<PerfTest> tests = new ArrayList<>(runs.get(i).getTests());
            tests.sort(Comparator.comparingInt(PerfTest::getSeqNum));
            for (PerfTest test : tests) {
                matcher.add(i, test);
            }
        }
        return matcher.groups;
    }

    private void add(final int run, final PerfTest test) {
        String section = test.getCategory().isEmpty() ? "" : test.getTag();
        Map<SeriesKey, PerfTest[]> rows = groups.computeIfAbsent(test.getGroup(), g -> new LinkedHashMap<>())
                .computeIfAbsent(section, s -> new LinkedHashMap<>());
        SeriesKey key = test.getSeriesKey();
        SeriesKey same = rows.containsKey(key) ? null : comparableRow(rows, key, run);
        if (same == null) {
            rows.computeIfAbsent(key, k -> {
                byCase.computeIfAbsent(k.caseKey(), c -> new ArrayList<>()).add(k);
                return new PerfTest[runCount];
            })[run] = test;
        }
        else {
            rows.get(same)[run] = UnitNormalizer.inUnit(test, same.getUnit());
        }
    }

    /**
     * A row of the same test in another unit that converts to this test's (ms against s, ops/s against ops/ms),
     * still free for this run: such tests are compared in the row's unit rather than shown apart. Rows are found
     * through their (group, tag, category), so matching stays linear in the number of tests.
     */
    private SeriesKey comparableRow(final Map<SeriesKey, PerfTest[]> rows, final SeriesKey key, final int run) {
        for (SeriesKey other : byCase.getOrDefault(key.caseKey(), List.of())) {
            if (rows.get(other)[run] == null && UnitNormalizer.comparable(other.getUnit(), key.getUnit())) {
                return other;
            }
        }
        return null;
    }
}
