/** Reads go test -json event streams holding benchmark output. */
package io.jenkins.plugins.perftracker.core.ingest.gotestjson;
