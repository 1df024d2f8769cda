/**
 * The run model: runs (PerfTracker's jobs), tests, environment nodes, series keys and the summaries the
 * series index keeps. Immutable values, validated when built; nothing here depends on another engine package.
 */
package io.jenkins.plugins.perftracker.core.model;
