/** Gatling's report statistics, {@code js/stats.json} (and {@code js/global_stats.json}). */
package io.jenkins.plugins.perftracker.core.ingest.gatling;
