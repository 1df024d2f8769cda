package io.jenkins.plugins.perftracker.core.verdict;

/**
 * Counts for the build summary; acknowledged series are counted apart, not in their outcome.
 *
 * @param regressed    new regressions
 * @param improved     improvements
 * @param unchanged    unchanged series
 * @param inconclusive series that could not be judged
 * @param acknowledged series whose change a user acknowledged
 */
public record VerdictCounts(int regressed, int improved, int unchanged, int inconclusive, int acknowledged) {
}
