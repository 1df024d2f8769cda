/**
 * What the benchmark readers share: a streaming JSON input with located errors, typed tree reads, head checks for
 * detection and a test draft that applies the common sample rules (bounded, finite, FAILED without samples).
 */
package io.jenkins.plugins.perftracker.core.ingest.support;
