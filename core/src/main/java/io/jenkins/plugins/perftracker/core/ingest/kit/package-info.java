/**
 * The one kit every result reader uses (issue 12 folded {@code ingest.json} and {@code ingest.support} into it):
 * JSON under one strict configuration ({@link io.jenkins.plugins.perftracker.core.ingest.kit.Json}: whole numbers
 * that fit, no duplicate keys, one document, bounded trees), streamed element by element
 * ({@link io.jenkins.plugins.perftracker.core.ingest.kit.JsonInput}), typed tree reads with located errors
 * ({@link io.jenkins.plugins.perftracker.core.ingest.kit.Nodes},
 * {@link io.jenkins.plugins.perftracker.core.ingest.kit.JsonFields}), bounded lines
 * ({@link io.jenkins.plugins.perftracker.core.ingest.kit.LineInput}), safe XML
 * ({@link io.jenkins.plugins.perftracker.core.ingest.kit.SafeXml}), detection heads and the shared test rules
 * ({@link io.jenkins.plugins.perftracker.core.ingest.kit.TestDraft},
 * {@link io.jenkins.plugins.perftracker.core.ingest.kit.Measures}).
 */
package io.jenkins.plugins.perftracker.core.ingest.kit;
