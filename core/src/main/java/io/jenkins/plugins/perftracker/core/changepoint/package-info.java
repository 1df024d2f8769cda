/**
 * Change-point detection over a series' build history: E-divisive means with windowed split and merge as
 * Apache Otava does it, with calibrated significance, a robust default (rank-confirmed, refined over whole
 * segments, with a test of the newest values), a rank-based variant and an incremental update that equals a
 * full recompute. Deterministic: the same input gives bit-identical output.
 */
package io.jenkins.plugins.perftracker.core.changepoint;
