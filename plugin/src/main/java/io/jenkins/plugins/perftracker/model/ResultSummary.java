package io.jenkins.plugins.perftracker.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
    private final String productName;
    private final String suiteVersion;
    private final String environment;
    private final String end;
    private final double durationSec;
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
        productName = run.getProductName();
        suiteVersion = run.getSuiteVer();
        environment = run.getEnvNodes().isEmpty() ? "" : run.getEnvNodes().get(0).getName();
        end = run.getEnd() == null ? "" : run.getEnd().toString();
        durationSec = run.getDuration().toMillis() / 1000.0;
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
        // A plain ArrayList: build.xml is written by Jenkins' XStream, which has no converter for the JDK's
        // unmodifiable lists (Stream.toList, List.of).
        newRegressions = verdict.newRegressions().stream().limit(MAX_NAMED).map(ResultSummary::describe)
                .collect(Collectors.toCollection(ArrayList::new));
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

    public String getProductName() {
        return productName == null ? "" : productName;
    }

    public String getSuiteVersion() {
        return suiteVersion == null ? "" : suiteVersion;
    }

    public String getEnvironment() {
        return environment == null ? "" : environment;
    }

    /** The run's end as ISO-8601, empty when the files did not say. */
    public String getEnd() {
        return end == null ? "" : end;
    }

    public double getDurationSec() {
        return durationSec;
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
