/**
 * The standalone HTML report (comparison and trends in one self-contained file) and the histories it and the
 * command line read: runs in build order, or an Otava-style CSV.
 */
package io.jenkins.plugins.perftracker.core.report;
