/**
 * Build-time tracking (Buildtime Trend rebuilt): the per-build {@link
 * io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord} with its stage tree, filled by the plugin from
 * the Pipeline flow graph or imported from Travis CI logs and Buildtime Trend files. Immutable values, validated
 * when built; Serializable and XStream-friendly (plain final fields, no lambdas, no unmodifiable wrappers stored).
 */
package io.jenkins.plugins.perftracker.core.buildtime;
