/**
 * Regression tags (PerfTracker's "Regressions"): builds grouped by tag, with builds excluded from or put back
 * into their tag, and per series the first-versus-last trend ratio with PerfTracker's rule, its five classes and
 * colours, the change points inside the tag's span and the tag's summary. Pure values; the plugin persists them.
 */
package io.jenkins.plugins.perftracker.core.regression;
