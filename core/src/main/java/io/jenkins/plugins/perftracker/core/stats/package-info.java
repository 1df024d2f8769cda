/**
 * Statistical tests and corrections on samples ({@code double[]}) and on summaries (mean, deviation, n): the
 * classic tests come from Apache Commons Statistics; this package adds what it lacks (Welch from summaries
 * with zero-variance rules, the Hodges–Lehmann shift with its distribution-free interval, p-value
 * adjustments, the geometric mean). Pure functions, deterministic, no dependency on other engine packages.
 */
package io.jenkins.plugins.perftracker.core.stats;
