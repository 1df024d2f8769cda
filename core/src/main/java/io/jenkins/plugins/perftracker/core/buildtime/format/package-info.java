/**
 * Buildtime Trend's own file formats: the CSV of {@code "event",epoch} timestamps ({@code stages.py}) and the
 * native XML of build stage durations ({@code trend.py}).
 */
package io.jenkins.plugins.perftracker.core.buildtime.format;
