package io.jenkins.plugins.perftracker.core.view;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/** Small runs for view tests. */
final class Runs {
    private Runs() {
    }

    static PerfTest test(final String group, final String tag, final String category, final double... scores) {
        return PerfTest.builder(tag).group(group).category(category).unit("req/sec").lessIsBetter(false)
                .scores(scores).build();
    }

    static PerfRun run(final String title, final PerfTest... tests) {
        PerfRunBuilder builder = PerfRun.builder().title(title);
        for (PerfTest test : tests) {
            builder.addTest(test);
        }
        return builder.build();
    }
}
