/**
 * Comparing 2..N runs as PerfTracker's comparison page does (groups, sections, rows matched on group, tag,
 * category and unit; its symmetric ratio and legacy colour), with sound statistics on top: Mann-Whitney U and
 * t-tests, Hodges–Lehmann changes with confidence intervals, Benjamini–Hochberg and Holm across the series of
 * one comparison, and geometric-mean summaries.
 */
package io.jenkins.plugins.perftracker.core.compare;
