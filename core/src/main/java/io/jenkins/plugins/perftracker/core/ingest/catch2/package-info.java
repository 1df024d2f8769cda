/** Catch2's XML reporter output, version 2 ({@code <Catch>}) and 3 ({@code <Catch2TestRun>}). */
package io.jenkins.plugins.perftracker.core.ingest.catch2;
