/** Reads Criterion.rs result trees (target/criterion). */
package io.jenkins.plugins.perftracker.core.ingest.criterion;
