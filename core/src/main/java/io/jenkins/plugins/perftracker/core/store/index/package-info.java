/**
 * The job-level series index: per series and build a summary (mean, spread, sample count, status), stored
 * append-only and columnar so that trends, change points, regression views and badges never load build
 * records. Entry point: {@link io.jenkins.plugins.perftracker.core.store.index.SeriesIndex}.
 */
package io.jenkins.plugins.perftracker.core.store.index;
