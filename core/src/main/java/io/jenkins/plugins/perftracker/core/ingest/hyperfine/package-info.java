/** Reads hyperfine's JSON export (--export-json). */
package io.jenkins.plugins.perftracker.core.ingest.hyperfine;
