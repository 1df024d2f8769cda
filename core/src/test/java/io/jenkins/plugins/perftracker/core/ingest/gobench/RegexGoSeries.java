package io.jenkins.plugins.perftracker.core.ingest.gobench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.ingest.kit.TestDraft;

/** One series of {@link RegexGoBenchParser} (the oracle), unchanged. */
final class RegexGoSeries {
    private static final int MAX_MESSAGE = 4000;

    private final String unit;
    private final TestDraft test;
    private final List<String> messages = new ArrayList<>();
    private long loops;

    RegexGoSeries(final String pkg, final String name, final String unit, final String procs,
            final Map<String, String> config) {
        this.unit = unit;
        test = TestDraft.of(pkg, name, unit, unit, true).attrib("procs", procs);
        config.forEach((k, v) -> test.attrib(k, k.equals("pkg") ? null : v));
    }

    void add(final double value, final long iterations) {
        test.sample(value);
        loops = loops > Long.MAX_VALUE - iterations ? Long.MAX_VALUE : loops + iterations;
    }

    String unit() {
        return unit;
    }

    /** The test with its direction and the summed iteration counts. */
    TestDraft finish(final boolean lessIsBetter) {
        test.builder().lessIsBetter(lessIsBetter).loops(loops);
        return test;
    }

    void message(final String line) {
        if (String.join("\n", messages).length() < MAX_MESSAGE) {
            messages.add(line);
            test.error(line);
        }
    }
}
