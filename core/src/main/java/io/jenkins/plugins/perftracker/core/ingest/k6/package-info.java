/** k6's end-of-test summary: {@code --summary-export} and {@code handleSummary} JSON. */
package io.jenkins.plugins.perftracker.core.ingest.k6;
