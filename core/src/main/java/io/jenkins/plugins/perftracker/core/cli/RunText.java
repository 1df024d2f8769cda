package io.jenkins.plugins.perftracker.core.cli;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

import java.util.Locale;

/** A short human summary of a run: one line per test. */
final class RunText {
    private RunText() {
    }

    static String summary(final PerfRun run) {
        StringBuilder text = new StringBuilder();
        text.append(run.getTitle().isEmpty() ? "(untitled run)" : run.getTitle()).append(": ")
                .append(run.getTests().size()).append(" tests\n");
        for (PerfTest test : run.getTests()) {
            text.append(String.format(Locale.ROOT, "  %-50s %14.6g %-10s n=%d %s%n",
                    test.getSeriesKey().toString(), test.getStats().getAvgScore(), test.getUnit(),
                    test.getSampleCount(), test.getStatus()));
        }
        return text.toString();
    }
}
