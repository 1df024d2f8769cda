package io.jenkins.plugins.perftracker.core.compare;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/** Small builders for runs and tests in comparison tests. */
final class Runs {
    private Runs() {
    }

    static PerfRun run(final String title, final PerfTest... tests) {
        PerfRunBuilder builder = PerfRun.builder().title(title);
        for (PerfTest test : tests) {
            builder.addTest(test);
        }
        return builder.build();
    }

    static PerfTest test(final int seq, final String group, final String tag, final String category,
            final boolean lessIsBetter, final double... scores) {
        return PerfTest.builder(tag).seqNum(seq).group(group).category(category).unit("ms")
                .lessIsBetter(lessIsBetter).scores(scores).build();
    }

    static PerfTest latency(final String tag, final double... scores) {
        return test(1, "Latency", tag, "", true, scores);
    }

    static PerfTest summary(final String tag, final double mean, final double dev, final int n) {
        return PerfTest.builder(tag).group("Latency").unit("ms").lessIsBetter(true).scores(mean).deviations(dev)
                .sampleCount(n).build();
    }

    static PerfTest failed(final String tag) {
        return PerfTest.builder(tag).group("Latency").unit("ms").lessIsBetter(true).status(Status.FAILED).build();
    }
}
