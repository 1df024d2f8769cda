package io.jenkins.plugins.perftracker.core.store.index;

/**
 * A build the index holds points of.
 *
 * @param build      the build number
 * @param timeMillis when it ran, epoch milliseconds
 */
public record IndexedBuild(int build, long timeMillis) {
}
