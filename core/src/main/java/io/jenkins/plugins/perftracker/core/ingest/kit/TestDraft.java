package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.model.PerfTestBuilder;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * Collects one test while a reader walks its file, applying the rules every reader shares: samples are bounded
 * ({@link #MAX_SAMPLES}); NaN and infinite samples are dropped with a warning; a test with errors, or without a
 * single finite sample, is FAILED; names too long for the model are shortened with a warning.
 */
public final class TestDraft {
    /** The most samples kept per test; more are counted in a warning, not stored. */
    public static final int MAX_SAMPLES = 100_000;
    private static final int MAX_TAG = 512;
    private static final int MAX_GROUP = 128;

    private final PerfTestBuilder builder;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> attribs = new LinkedHashMap<>();
    private double[] samples = new double[8];
    private int size;
    private int nonFinite;
    private int overflow;

    private TestDraft(final String group, final String tag, final String category, final String unit,
            final boolean lessIsBetter) {
        builder = PerfTest.builder(fit("tag", tag, MAX_TAG)).group(fit("group", group, MAX_GROUP))
                .category(fit("category", category, MAX_GROUP)).unit(unit).lessIsBetter(lessIsBetter);
    }

    public static TestDraft of(final String group, final String tag, final String category, final String unit,
            final boolean lessIsBetter) {
        return new TestDraft(group, tag, category, unit, lessIsBetter);
    }

    private String fit(final String field, final String text, final int max) {
        String value = text == null ? "" : text;
        if (value.length() <= max) {
            return value;
        }
        warnings.add(field + " shortened from " + value.length() + " to " + max + " characters: " + value);
        return value.substring(0, max - 1) + "…";
    }

    /** Adds one raw sample; NaN or infinite samples are counted and dropped. */
    public TestDraft sample(final double value) {
        if (!Double.isFinite(value)) {
            nonFinite++;
        }
        else if (size == MAX_SAMPLES) {
            overflow++;
        }
        else {
            if (size == samples.length) {
                samples = Arrays.copyOf(samples, Math.min(MAX_SAMPLES, size * 2));
            }
            samples[size++] = value;
        }
        return this;
    }

    public int sampleCount() {
        return size;
    }

    /** Marks the test FAILED with this message. */
    public TestDraft error(final String message) {
        errors.add(message);
        return this;
    }

    public TestDraft warning(final String message) {
        warnings.add(message);
        return this;
    }

    /** A fact about the test (params, fork layout, a tool's own statistics); empty values are left out. */
    public TestDraft attrib(final String key, final Object value) {
        String text = value == null ? "" : String.valueOf(value);
        if (!text.isEmpty()) {
            attribs.put(key, text);
        }
        return this;
    }

    /** For the fields only some formats have (deviations, loops, description, command line). */
    public PerfTestBuilder builder() {
        return builder;
    }

    /** Builds the test, applying the shared rules. */
    public PerfTest build() {
        List<String> warned = new ArrayList<>(warnings);
        if (nonFinite > 0) {
            warned.add(nonFinite + " sample(s) were NaN or infinite and were dropped");
        }
        if (overflow > 0) {
            warned.add(overflow + " sample(s) beyond the first " + MAX_SAMPLES + " were not kept");
        }
        List<String> failed = new ArrayList<>(errors);
        if (size == 0 && failed.isEmpty()) {
            failed.add("no finite sample");
        }
        builder.scores(Arrays.copyOf(samples, size)).attribs(attribs).warnings(Messages.of(warned));
        if (!failed.isEmpty()) {
            builder.status(Status.FAILED).errors(Messages.of(failed));
        }
        return builder.build();
    }

    /** Builds the test and adds it to the run, naming the location when the model refuses it. */
    public void addTo(final PerfRunBuilder run, final Path file, final String location)
            throws ResultFormatException {
        try {
            run.addTest(build());
        }
        catch (InvalidValueException e) {
            throw new ResultFormatException(file, location, e.getMessage(), e);
        }
    }
}
