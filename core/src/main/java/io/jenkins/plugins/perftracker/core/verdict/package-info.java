/**
 * The verdict for a new build: each series against a configurable baseline (previous build, last successful
 * build, a pinned build, a window of the last N builds, or the values since the last change point), Holm across
 * the build's series, acknowledgements of known changes, and quality gates with criticality. The result is a
 * tree of JSON-serialisable values that the plugin turns into a build result, a stage warning and a summary.
 */
package io.jenkins.plugins.perftracker.core.verdict;
