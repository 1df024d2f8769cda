/**
 * JMH benchmarks of the engine, one class per capability. Not run in CI; see docs/benchmarks.md.
 */
package io.jenkins.plugins.perftracker.bench;
