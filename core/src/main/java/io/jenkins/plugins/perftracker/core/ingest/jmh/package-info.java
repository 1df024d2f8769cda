/** Reads JMH's JSON result format (-rf json). */
package io.jenkins.plugins.perftracker.core.ingest.jmh;
