package io.jenkins.plugins.perftracker.core.ingest.gobench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.ingest.kit.TestDraft;

/**
 * One benchmark name and unit while the file is read: its samples in a growing array and the config it first ran
 * under (a snapshot shared with every series that started under the same config). Small on purpose: a file of
 * 100,000 benchmarks holds 300,000 of these; the test itself is drafted only at the end ({@link #draft}).
 */
final class GoSeries {
    private static final int MAX_MESSAGE = 4000;

    private final String pkg;
    private final String name;
    private final String unit;
    private final String procs;
    private final Map<String, String> config;
    private double[] samples = new double[10];
    private int size;
    private int nonFinite;
    private int overflow;
    private long loops;
    private List<String> messages;
    private int messageLength = -1;

    GoSeries(final String pkg, final String name, final String unit, final String procs,
            final Map<String, String> config) {
        this.pkg = pkg;
        this.name = name;
        this.unit = unit;
        this.procs = procs;
        this.config = config;
    }

    /** One sample; the rules of {@link TestDraft#sample} are applied here already, so memory stays bounded. */
    void add(final double value, final long iterations) {
        if (!Double.isFinite(value)) {
            nonFinite++;
        }
        else if (size == TestDraft.MAX_SAMPLES) {
            overflow++;
        }
        else {
            if (size == samples.length) {
                samples = Arrays.copyOf(samples, Math.min(TestDraft.MAX_SAMPLES, size + (size >> 1)));
            }
            samples[size++] = value;
        }
        loops = loops > Long.MAX_VALUE - iterations ? Long.MAX_VALUE : loops + iterations;
    }

    String unit() {
        return unit;
    }

    /** A line of the failure message, kept while the message is shorter than 4,000 characters. */
    void message(final String line) {
        if (messageLength < MAX_MESSAGE) {
            if (messages == null) {
                messages = new ArrayList<>();
            }
            messages.add(line);
            messageLength += line.length() + 1;
        }
    }

    /** The test with its direction and the summed iteration counts. */
    TestDraft draft(final boolean lessIsBetter) {
        TestDraft test = TestDraft.of(pkg, name, unit, unit, true).attrib("procs", procs);
        config.forEach((k, v) -> test.attrib(k, k.equals("pkg") ? null : v));
        for (int i = 0; i < size; i++) {
            test.sample(samples[i]);
        }
        for (int i = 0; i < nonFinite; i++) {
            test.sample(Double.NaN);
        }
        for (int i = 0; i < overflow; i++) {
            test.sample(samples[0]);
        }
        if (messages != null) {
            messages.forEach(test::error);
        }
        test.builder().lessIsBetter(lessIsBetter).loops(loops);
        return test;
    }
}
