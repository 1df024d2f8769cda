package io.jenkins.plugins.perftracker.buildtime;

import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;

import hudson.AbortException;
import hudson.remoting.VirtualChannel;
import jenkins.MasterToSlaveFileCallable;

import io.jenkins.plugins.perftracker.core.buildtime.imports.BuildTimeFiles;
import io.jenkins.plugins.perftracker.core.buildtime.imports.ImportedTimes;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/**
 * Runs on the agent that holds the workspace: reads the build-time files there and returns only their stages
 * and times, so Travis logs of megabytes never travel to the controller.
 */
final class ReadBuildTimesOnAgent extends MasterToSlaveFileCallable<ArrayList<ImportedTimes>> {
    private static final long serialVersionUID = 1L;

    private final String files;
    private final String format;
    private final Instant logStart;

    ReadBuildTimesOnAgent(final String files, final String format, final Instant logStart) {
        this.files = files;
        this.format = format;
        this.logStart = logStart;
    }

    @Override
    public ArrayList<ImportedTimes> invoke(final File workspace, final VirtualChannel channel) throws IOException {
        try {
            return new ArrayList<>(BuildTimeFiles.read(workspace.toPath(), files, format, null, logStart));
        }
        catch (ResultFormatException e) {
            throw new AbortException("perftrackerBuildTime: " + e.getMessage());
        }
        catch (IllegalArgumentException e) {
            throw new AbortException("perftrackerBuildTime: " + e.getMessage());
        }
    }
}
