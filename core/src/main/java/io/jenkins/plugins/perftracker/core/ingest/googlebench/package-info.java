/** Reads Google Benchmark's JSON output (--benchmark_format=json). */
package io.jenkins.plugins.perftracker.core.ingest.googlebench;
