package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.util.ArrayList;
import java.util.List;

import io.jenkins.plugins.perftracker.core.ingest.kit.Measures;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.PerfTestBuilder;

/**
 * Every label's aggregate and the TOTAL, turned into tests: group = label, tag = measure, category = statistic.
 * The raw samples kept go to the test without a category, so the engine's statistics can compare builds.
 */
final class JtlAggregate {
    static final String TOTAL = "TOTAL";
    private static final String RESPONSE_TIME = "response time";
    private static final double[] PERCENTILES = {50, 90, 95, 99};
    private static final String[] PERCENTILE_NAMES = {"median", "p90", "p95", "p99"};

    private final LabelTable labels;
    private final LabelStats total;
    private final List<String> warnings = new ArrayList<>();

    JtlAggregate(final int maxLabels, final int retainLimit) {
        labels = new LabelTable(maxLabels, retainLimit);
        total = new LabelStats(TOTAL, retainLimit);
    }

    LabelTable labels() {
        return labels;
    }

    /** Adds a sample to its label (null when the label is beyond the cap) and to the total. */
    void add(final LabelStats label, final int elapsed, final long timeStamp, final boolean success) {
        if (label != null) {
            label.add(elapsed, timeStamp, success);
        }
        total.add(elapsed, timeStamp, success);
    }

    void warn(final String warning) {
        warnings.add(warning);
    }

    LabelStats total() {
        return total;
    }

    List<PerfTest> tests() {
        List<PerfTest> tests = new ArrayList<>();
        for (LabelStats label : labels.labels()) {
            tests.addAll(tests(label, Messages.NONE));
        }
        warnAboutOverflow();
        if (total.count() > 0) {
            tests.addAll(tests(total, Messages.of(warnings)));
        }
        return tests;
    }

    private void warnAboutOverflow() {
        if (labels.overflowRows() > 0) {
            warn(labels.overflowRows() + " samples of labels beyond the first " + labels.labels().size()
                    + " are counted in " + TOTAL + " only");
        }
    }

    private static List<PerfTest> tests(final LabelStats stats, final Messages warnings) {
        String group = Measures.group(stats.label().isBlank() ? "(no label)" : stats.label());
        List<PerfTest> tests = new ArrayList<>();
        if (stats.retained().length > 0) { // none with a retain limit of 0
            tests.add(PerfTest.builder(RESPONSE_TIME).group(group).unit("ms").lessIsBetter(true)
                    .scores(stats.retained()).sampleCount((int) Math.min(Integer.MAX_VALUE, stats.count())).build());
        }
        tests.add(time(group, "mean", stats.mean()));
        for (int i = 0; i < PERCENTILES.length; i++) {
            tests.add(time(group, PERCENTILE_NAMES[i], stats.percentile(PERCENTILES[i])));
        }
        tests.add(time(group, "min", stats.min()));
        tests.add(time(group, "max", stats.max()));
        tests.add(errorTest(group, stats));
        if (Double.isFinite(stats.throughput())) {
            tests.add(Measures.single(group, "throughput", "", "req/s", false, stats.throughput()).build());
        }
        tests.set(0, tests.get(0).toBuilder().warnings(warnings).build());
        return tests;
    }

    private static PerfTest errorTest(final String group, final LabelStats stats) {
        PerfTestBuilder errors = Measures.single(group, "errors", "error %", "%", true,
                stats.errors() * 100.0 / stats.count());
        if (stats.errors() > 0) {
            errors.errors(Messages.count("errors", (int) Math.min(Integer.MAX_VALUE, stats.errors())));
        }
        return errors.build();
    }

    private static PerfTest time(final String group, final String statistic, final double value) {
        return Measures.single(group, RESPONSE_TIME, statistic, "ms", true, value).build();
    }
}
