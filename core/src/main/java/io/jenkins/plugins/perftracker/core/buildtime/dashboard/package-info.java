/**
 * The build-time dashboard, the service-wide statistics and the badge values as JSON view models (Buildtime
 * Trend's {@code trends.js}, {@code stats.js} and badge queries), computed in one pass over build-time records
 * with a {@link java.time.Clock} for "now". All times are UTC; every chart is keyed by a job's finish time, as
 * Buildtime Trend keyed its events.
 */
package io.jenkins.plugins.perftracker.core.buildtime.dashboard;
