package io.jenkins.plugins.perftracker.core.ingest.catch2;

import java.util.ArrayList;
import java.util.List;

import io.jenkins.plugins.perftracker.core.ingest.kit.Measures;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.model.PerfTestBuilder;

/** What one Catch2 {@code <TestCase>} produced, collected while its elements stream by. */
final class TestCaseResult {
    private static final int MAX_MESSAGES = 50;

    private final String name;
    private final List<PerfTestBuilder> benchmarks = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private boolean failed;
    private boolean skipped;
    private double durationSec = Double.NaN;

    TestCaseResult(final String name) {
        this.name = name.isBlank() ? "?" : name;
    }

    /** A benchmark's mean and standard deviation in ns, with the number of samples Catch2 took. */
    void addBenchmark(final String benchmark, final double mean, final double stdDev, final int samples) {
        PerfTestBuilder test = PerfTest.builder(Measures.tag(benchmark.isBlank() ? "?" : benchmark)).group(Measures.group(name)).unit("ns")
                .lessIsBetter(true).sampleCount(samples);
        if (Double.isFinite(mean)) {
            test.scores(mean);
            if (Double.isFinite(stdDev)) {
                test.deviations(stdDev);
            }
        }
        else {
            test.status(Status.FAILED).errors(Messages.of(List.of("benchmark '" + benchmark
                    + "' has no finite mean (was " + mean + "); it probably threw or was not run")));
        }
        benchmarks.add(test);
    }

    void addMessage(final String message) {
        if (messages.size() < MAX_MESSAGES) {
            messages.add(message.length() > 2000 ? message.substring(0, 2000) + "…" : message);
        }
    }

    void finish(final boolean success, final boolean skip, final double duration) {
        failed = !success;
        skipped = skip;
        durationSec = duration;
    }

    /** Benchmarks become tests; a case without benchmarks only when it failed, was skipped or was timed. */
    List<PerfTest> tests() {
        List<PerfTest> tests = new ArrayList<>();
        for (PerfTestBuilder benchmark : benchmarks) {
            tests.add(failed ? benchmark.status(Status.FAILED).errors(errors()).build() : benchmark.build());
        }
        if (benchmarks.isEmpty() && (failed || skipped || Double.isFinite(durationSec))) {
            PerfTestBuilder test = PerfTest.builder(Measures.tag(name)).group(Measures.group(name)).unit("s")
                    .lessIsBetter(true);
            if (Double.isFinite(durationSec)) {
                test.scores(durationSec);
            }
            tests.add(test.status(failed ? Status.FAILED : skipped ? Status.SKIPPED : Status.SUCCESS)
                    .errors(failed ? errors() : Messages.NONE).build());
        }
        return tests;
    }

    private Messages errors() {
        return messages.isEmpty() ? Messages.of(List.of("test case '" + name + "' failed")) : Messages.of(messages);
    }
}
