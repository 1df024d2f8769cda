/** Benchmarks of pairwise run comparison (MWU, Hodges–Lehmann intervals, BH and Holm over 10,000 series). */
package io.jenkins.plugins.perftracker.bench.compare;
