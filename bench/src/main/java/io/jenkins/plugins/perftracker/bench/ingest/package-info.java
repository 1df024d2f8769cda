/** Benchmarks of the result readers: how fast big result files stream through in bounded memory. */
package io.jenkins.plugins.perftracker.bench.ingest;
