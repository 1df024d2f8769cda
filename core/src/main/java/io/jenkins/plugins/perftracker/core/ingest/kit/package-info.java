/**
 * Small helpers the load-test and test-report readers share: bounded, safe JSON and XML reading whose errors name
 * the file, the location and what was expected, and single-value tests.
 */
package io.jenkins.plugins.perftracker.core.ingest.kit;
