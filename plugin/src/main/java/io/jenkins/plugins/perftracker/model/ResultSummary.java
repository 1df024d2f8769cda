package io.jenkins.plugins.perftracker.model;

import java.io.Serializable;
import java.util.List;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.RunCounts;
import io.jenkins.plugins.perftracker.core.verdict.SeriesVerdict;
import io.jenkins.plugins.perftracker.core.verdict.Verdict;

/**
 * What build.xml keeps of one publish call: counts and the verdict in plain values (no engine types, so old
 * build records stay readable whatever the engine becomes), small enough for builds by the thousand.
 */
public final class ResultSummary implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How many new regressions are named in build.xml; the verdict page lists them all. */
    static final int MAX_NAMED = 20;

    private final String title;
    private final String regressionTag;
    private final String productVersion;
    private final int testsTotal;
    private final int testsFailed;
    private final int testsWithErrors;
    private final int testCasesTotal;
    private final int testCasesWithErrors;
    private final String verdict;
    private final String baseline;
    private final int regressed;
    private final int improved;
    private final int unchanged;
    private final int inconclusive;
    private final List<String> newRegressions;

    private ResultSummary(final PerfRun run, final Verdict verdict) {
        RunCounts counts = run.getCounts();
        title = run.getTitle();
        regressionTag = run.getRegressionTag();
        productVersion = run.getProductVer();
        testsTotal = counts.getTestsTotal();
        testsFailed = counts.getTestsFailed();
        testsWithErrors = counts.getTestsErrors();
        testCasesTotal = counts.getTestCasesTotal();
        testCasesWithErrors = counts.getTestCasesErrors();
        this.verdict = verdict.status().name();
        baseline = verdict.baseline().kind().name();
        regressed = verdict.counts().regressed();
        improved = verdict.counts().improved();
        unchanged = verdict.counts().unchanged();
        inconclusive = verdict.counts().inconclusive();
        newRegressions = verdict.newRegressions().stream().limit(MAX_NAMED).map(ResultSummary::describe).toList();
    }

    public static ResultSummary of(final PerfRun run, final Verdict verdict) {
        return new ResultSummary(run, verdict);
    }

    private static String describe(final SeriesVerdict v) {
        return String.format(java.util.Locale.ROOT, "%s (%s): %+.1f%%", v.series().displayName(),
                v.series().getGroup(), v.worsePercent());
    }

    public String getTitle() {
        return title == null ? "" : title;
    }

    public String getRegressionTag() {
        return regressionTag == null ? "" : regressionTag;
    }

    public String getProductVersion() {
        return productVersion == null ? "" : productVersion;
    }

    public int getTestsTotal() {
        return testsTotal;
    }

    public int getTestsFailed() {
        return testsFailed;
    }

    public int getTestsWithErrors() {
        return testsWithErrors;
    }

    public int getTestCasesTotal() {
        return testCasesTotal;
    }

    public int getTestCasesWithErrors() {
        return testCasesWithErrors;
    }

    /** PASSED, NOTE, UNSTABLE or FAILURE. */
    public String getVerdict() {
        return verdict;
    }

    public String getBaseline() {
        return baseline;
    }

    public int getRegressed() {
        return regressed;
    }

    public int getImproved() {
        return improved;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getInconclusive() {
        return inconclusive;
    }

    public List<String> getNewRegressions() {
        return newRegressions == null ? List.of() : newRegressions;
    }
}
