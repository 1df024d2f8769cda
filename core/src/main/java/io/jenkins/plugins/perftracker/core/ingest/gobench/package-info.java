/** Reads Go's benchmark text format (go test -bench), also used by the go test -json reader. */
package io.jenkins.plugins.perftracker.core.ingest.gobench;
