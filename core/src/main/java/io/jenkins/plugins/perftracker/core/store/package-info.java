/**
 * Storage of runs: the build-record codec ({@link io.jenkins.plugins.perftracker.core.store.RunRecordCodec},
 * XML through XStream with an explicit type allowlist, shared with Jenkins' own XStream through
 * {@link io.jenkins.plugins.perftracker.core.store.RunXStream#configure}). The job-level series index lives in
 * the sub-package {@code index}.
 */
package io.jenkins.plugins.perftracker.core.store;
