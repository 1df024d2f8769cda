package io.jenkins.plugins.perftracker.core.ingest.kit;

import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.PerfTestBuilder;

/** Builders for the tests load-test summaries produce: one already-aggregated figure each. */
public final class Measures {
    private Measures() {
    }

    /**
     * A test holding one summary figure (a percentile, a rate, a count).
     *
     * @param lessIsBetter whether a smaller value is an improvement
     */
    public static PerfTestBuilder single(final String group, final String tag, final String category,
            final String unit, final boolean lessIsBetter, final double value) {
        return PerfTest.builder(tag).group(group).category(category).unit(unit).lessIsBetter(lessIsBetter)
                .scores(value);
    }

    /** Whether a metric name says that more of it is worse (failures, errors, drops). */
    public static boolean soundsBad(final String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("fail") || lower.contains("error") || lower.contains("drop");
    }

    /**
     * A name that fits a model column: longer names are cut and end in a hash of the whole name, so two long names
     * that share their start stay apart and the same name always gives the same result.
     */
    public static String fit(final String name, final int max) {
        if (name.length() <= max) {
            return name;
        }
        String hash = String.format(java.util.Locale.ROOT, "~%08x", name.hashCode());
        return name.substring(0, max - hash.length()) + hash;
    }

    /** Group names are at most 128 characters in the model. */
    public static String group(final String name) {
        return fit(name, 128);
    }

    /** Tags are at most 512 characters in the model. */
    public static String tag(final String name) {
        return fit(name, 512);
    }
}
