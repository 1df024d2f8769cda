/**
 * The hardware farm: PerfTracker's host inventory, lock types and host locks, rebuilt as engine code.
 *
 * <p>{@link io.jenkins.plugins.perftracker.core.farm.FarmLockManager} is the one entry point: it keeps
 * at most one active lock per host, serves the pipeline-facing {@code acquire}/{@code tryAcquire} calls
 * (fair FIFO waiting, {@link io.jenkins.plugins.perftracker.core.farm.HostLease} released exactly once),
 * expires locks of expiring types, and tells {@link io.jenkins.plugins.perftracker.core.farm.FarmListener}s
 * about every change. {@link io.jenkins.plugins.perftracker.core.farm.FarmTimelineBuilder} turns a
 * {@link io.jenkins.plugins.perftracker.core.farm.FarmSnapshot} into the JSON timeline view model and
 * {@link io.jenkins.plugins.perftracker.core.farm.FarmXmlCodec} stores it. Nothing here knows Jenkins:
 * the glue maps hosts to agents and locks to Lockable Resources reservations through the listener API.
 */
package io.jenkins.plugins.perftracker.core.farm;
