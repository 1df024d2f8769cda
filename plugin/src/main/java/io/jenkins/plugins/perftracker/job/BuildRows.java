package io.jenkins.plugins.perftracker.job;

import java.time.Instant;
import java.util.Iterator;

import hudson.model.Job;
import hudson.model.Run;

import io.jenkins.plugins.perftracker.core.view.job.BuildList;
import io.jenkins.plugins.perftracker.core.view.job.BuildRow;
import io.jenkins.plugins.perftracker.model.PerfBuildAction;
import io.jenkins.plugins.perftracker.model.ResultSummary;

/** Feeds the engine's builds list with the builds that have results, newest first, read from build.xml only. */
final class BuildRows {
    private BuildRows() {
    }

    static BuildList page(final Job<?, ?> job, final int start, final int length, final String search) {
        Iterator<? extends Run<?, ?>> builds = job.getBuilds().iterator();
        Iterator<BuildRow> rows = new Iterator<>() {
            private BuildRow next = advance();

            private BuildRow advance() {
                while (builds.hasNext()) {
                    Run<?, ?> build = builds.next();
                    PerfBuildAction action = PerfBuildAction.first(build);
                    if (action != null) {
                        return row(build, action.getSummary());
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public BuildRow next() {
                BuildRow row = next;
                next = advance();
                return row;
            }
        };
        return BuildList.page(rows, search, start, length);
    }

    private static BuildRow row(final Run<?, ?> build, final ResultSummary s) {
        String end = s.getEnd().isEmpty()
                ? Instant.ofEpochMilli(build.getStartTimeInMillis() + build.getDuration()).toString() : s.getEnd();
        return new BuildRow(build.getNumber(), "../" + build.getNumber() + "/perftracker/", end, s.getEnvironment(),
                s.getProductName(), s.getProductVersion(), s.getTitle(), s.getSuiteVersion(), s.getDurationSec(),
                s.getTestsTotal(), s.getTestsWithErrors(), s.getTestCasesTotal(), s.getTestCasesWithErrors(),
                s.getVerdict());
    }
}
