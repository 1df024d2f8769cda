/**
 * The {@code perftrackerBuildTime} step's file import: Buildtime Trend's CSV and XML and Travis CI logs, read
 * where they lie, turned into stages of the build's record or build jobs of their own.
 */
package io.jenkins.plugins.perftracker.core.buildtime.imports;
