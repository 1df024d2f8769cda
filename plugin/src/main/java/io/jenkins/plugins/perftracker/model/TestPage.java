package io.jenkins.plugins.perftracker.model;

import io.jenkins.plugins.perftracker.core.view.run.TestDetail;

/** The page of one test of a run ({@code perftracker/test/N/}). */
public final class TestPage {
    private final PerfBuildAction action;
    private final TestDetail detail;

    TestPage(final PerfBuildAction action, final TestDetail detail) {
        this.action = action;
        this.detail = detail;
    }

    public PerfBuildAction getAction() {
        return action;
    }

    public TestDetail getDetail() {
        return detail;
    }
}
