package io.jenkins.plugins.perftracker.steps;

import java.io.Serializable;
import java.util.List;

import org.jenkinsci.plugins.scriptsecurity.sandbox.whitelists.Whitelisted;

import io.jenkins.plugins.perftracker.model.ResultSummary;

/**
 * What {@code perftrackerPublish} returns to the Pipeline script:
 * {@code def r = perftrackerPublish(...); if (r.regressed > 0) { ... }}. Getters are whitelisted for the
 * Groovy sandbox.
 */
public class PublishSummary implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ResultSummary summary;

    PublishSummary(final ResultSummary summary) {
        this.summary = summary;
    }

    @Whitelisted
    public int getTotalCount() {
        return summary.getTestsTotal();
    }

    @Whitelisted
    public int getFailedCount() {
        return summary.getTestsFailed();
    }

    @Whitelisted
    public int getErrorCount() {
        return summary.getTestsWithErrors();
    }

    /** PASSED, NOTE, UNSTABLE or FAILURE. */
    @Whitelisted
    public String getVerdict() {
        return summary.getVerdict();
    }

    @Whitelisted
    public int getRegressed() {
        return summary.getRegressed();
    }

    @Whitelisted
    public int getImproved() {
        return summary.getImproved();
    }

    /** The new regressions, worst first, as "test (group): +12.3%". */
    @Whitelisted
    public List<String> getNewRegressions() {
        return summary.getNewRegressions();
    }

    @Override
    public String toString() {
        return "perftracker: " + getTotalCount() + " tests, verdict " + getVerdict() + ", " + getRegressed()
                + " regressed, " + getImproved() + " improved";
    }
}
