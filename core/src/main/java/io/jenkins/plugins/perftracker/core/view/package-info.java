/**
 * JSON view models of the pages (comparison, trends, …): adapters from engine results, no statistics. This is
 * the only package that knows what a page shows; the UI modules under resources/…/perftracker/ui draw them.
 */
package io.jenkins.plugins.perftracker.core.view;
