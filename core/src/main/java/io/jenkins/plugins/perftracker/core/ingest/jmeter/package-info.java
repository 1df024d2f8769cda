/**
 * JMeter result files (JTL), CSV with a header and XML, streamed in bounded memory: a hand-written RFC 4180 byte
 * scanner for CSV, StAX for XML, and per-label aggregates whose percentiles come from a compact histogram.
 */
package io.jenkins.plugins.perftracker.core.ingest.jmeter;
