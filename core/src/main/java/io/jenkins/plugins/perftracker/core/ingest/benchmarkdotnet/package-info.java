/** BenchmarkDotNet's full JSON export ({@code *-report-full.json}, {@code *-report-full-compressed.json}). */
package io.jenkins.plugins.perftracker.core.ingest.benchmarkdotnet;
