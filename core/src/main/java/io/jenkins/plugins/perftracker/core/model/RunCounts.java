package io.jenkins.plugins.perftracker.core.model;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * PerfTracker's job counters, recomputed from the tests: totals, completed, failed, with errors, with warnings,
 * and test cases (tag when the test has a category, otherwise group) total and with errors.
 */
public final class RunCounts implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int testsTotal;
    private final int testsCompleted;
    private final int testsFailed;
    private final int testsErrors;
    private final int testsWarnings;
    private final int testCasesTotal;
    private final int testCasesErrors;

    public RunCounts(final int testsTotal, final int testsCompleted, final int testsFailed, final int testsErrors,
            final int testsWarnings, final int testCasesTotal, final int testCasesErrors) {
        this.testsTotal = testsTotal;
        this.testsCompleted = testsCompleted;
        this.testsFailed = testsFailed;
        this.testsErrors = testsErrors;
        this.testsWarnings = testsWarnings;
        this.testCasesTotal = testCasesTotal;
        this.testCasesErrors = testCasesErrors;
    }

    /** Counts the tests as PerfTracker's job model does on every upload. */
    public static RunCounts of(final List<PerfTest> tests) {
        int completed = 0;
        int failed = 0;
        int errors = 0;
        int warnings = 0;
        Map<String, Boolean> caseInError = new HashMap<>();
        for (PerfTest test : tests) {
            completed += test.getStatus().isCompleted() ? 1 : 0;
            failed += test.getStatus() == Status.FAILED ? 1 : 0;
            errors += test.hasErrors() ? 1 : 0;
            warnings += test.getWarnings().isEmpty() ? 0 : 1;
            caseInError.merge(test.getTestCase(), test.hasErrors(), Boolean::logicalOr);
        }
        int casesInError = (int) caseInError.values().stream().filter(Boolean::booleanValue).count();
        return new RunCounts(tests.size(), completed, failed, errors, warnings, caseInError.size(), casesInError);
    }

    public int getTestsTotal() {
        return testsTotal;
    }

    public int getTestsCompleted() {
        return testsCompleted;
    }

    public int getTestsFailed() {
        return testsFailed;
    }

    public int getTestsErrors() {
        return testsErrors;
    }

    public int getTestsWarnings() {
        return testsWarnings;
    }

    public int getTestCasesTotal() {
        return testCasesTotal;
    }

    public int getTestCasesErrors() {
        return testCasesErrors;
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof RunCounts)) {
            return false;
        }
        RunCounts c = (RunCounts) o;
        return testsTotal == c.testsTotal && testsCompleted == c.testsCompleted && testsFailed == c.testsFailed
                && testsErrors == c.testsErrors && testsWarnings == c.testsWarnings
                && testCasesTotal == c.testCasesTotal && testCasesErrors == c.testCasesErrors;
    }

    @Override
    public int hashCode() {
        return Objects.hash(testsTotal, testsCompleted, testsFailed, testsErrors, testsWarnings, testCasesTotal,
                testCasesErrors);
    }

    @Override
    public String toString() {
        return testsTotal + " tests (" + testsCompleted + " completed, " + testsFailed + " failed, " + testsErrors
                + " with errors, " + testsWarnings + " with warnings), " + testCasesTotal + " test cases ("
                + testCasesErrors + " with errors)";
    }
}
