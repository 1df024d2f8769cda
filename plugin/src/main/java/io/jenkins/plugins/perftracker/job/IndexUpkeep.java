package io.jenkins.plugins.perftracker.job;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import hudson.Extension;
import hudson.model.Run;
import hudson.model.listeners.RunListener;

import io.jenkins.plugins.perftracker.model.PerfBuildAction;
import io.jenkins.plugins.perftracker.model.RunRecords;

/**
 * Keeps the series index current when a build with results is deleted (by a user or by build discarding).
 * A damaged index is rebuilt first; Jenkins calls this before it drops the build from the job, so the rebuilt
 * index still holds the build and the removal runs on it again.
 */
@Extension
public class IndexUpkeep extends RunListener<Run<?, ?>> {
    private static final Logger LOGGER = Logger.getLogger(IndexUpkeep.class.getName());

    @Override
    public void onDeleted(final Run<?, ?> build) {
        if (build.getActions(PerfBuildAction.class).isEmpty()) {
            return;
        }
        RunRecords.forget(build);
        try {
            SeriesIndexes.update(build.getParent(), index -> {
                index.removeBuild(build.getNumber());
                return null;
            });
        }
        catch (IOException e) {
            LOGGER.log(Level.WARNING, "perftracker: could not remove " + build + " from the series index", e);
        }
    }
}
