/**
 * The per-project build-time index: one append-only file of length + CRC32 framed records (additions and
 * removals) per Jenkins job or Travis repository, so dashboards read a time window without loading every build.
 * Derived data: a torn last append is cut off on open, other damage is reported and the file rebuilt.
 */
package io.jenkins.plugins.perftracker.core.buildtime.index;
