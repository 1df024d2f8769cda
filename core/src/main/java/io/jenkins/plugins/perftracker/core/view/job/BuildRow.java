package io.jenkins.plugins.perftracker.core.view.job;

import java.util.Locale;

/**
 * One line of the job's builds list, with PerfTracker's job-list columns.
 *
 * @param build            the build number (PerfTracker's ID)
 * @param url              the build's results page, relative to the job page
 * @param end              when the build ended (ISO-8601)
 * @param environment      the environment's first node
 * @param product          the product name
 * @param version          the product version
 * @param title            the run's title
 * @param suiteVersion     the suite version
 * @param durationSec      the run's duration in seconds
 * @param tests            tests total
 * @param testsWithErrors  tests with errors
 * @param testCases        test cases total
 * @param testCasesWithErrors test cases with errors
 * @param verdict          the build's verdict
 */
public record BuildRow(int build, String url, String end, String environment, String product, String version,
        String title, String suiteVersion, double durationSec, int tests, int testsWithErrors, int testCases,
        int testCasesWithErrors, String verdict) {
    /** Whether the row matches a search as PerfTracker's list does: on title and versions, case-insensitively. */
    public boolean matches(final String search) {
        String wanted = search.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || String.valueOf(build).equals(wanted)
                || (title + '\n' + version + '\n' + suiteVersion + '\n' + product).toLowerCase(Locale.ROOT)
                .contains(wanted);
    }
}
