/** Reads pytest-benchmark's JSON output (--benchmark-json and saved .benchmarks files). */
package io.jenkins.plugins.perftracker.core.ingest.pytest;
