/** Reads github-action-benchmark's custom JSON ([{name, value, unit, range, extra}]). */
package io.jenkins.plugins.perftracker.core.ingest.custom;
