package io.jenkins.plugins.perftracker.publish;

import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import hudson.remoting.VirtualChannel;
import jenkins.MasterToSlaveFileCallable;

import io.jenkins.plugins.perftracker.core.ingest.FileGlob;
import io.jenkins.plugins.perftracker.core.ingest.IngestResult;
import io.jenkins.plugins.perftracker.core.ingest.Ingester;
import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.publish.AgentFacts;

/**
 * Runs on the agent that holds the workspace: reads the result files there and returns only the compact run
 * (and the agent's own facts), so big result files never travel to the controller.
 */
final class ReadResultsOnAgent extends MasterToSlaveFileCallable<ReadResultsOnAgent.AgentResults> {
    private static final long serialVersionUID = 1L;

    private final String pattern;
    private final String format;
    private final String artifacts;

    ReadResultsOnAgent(final String pattern, final String format, final String artifacts) {
        this.pattern = pattern;
        this.format = format;
        this.artifacts = artifacts;
    }

    @Override
    public AgentResults invoke(final File workspace, final VirtualChannel channel) throws IOException {
        Path base = workspace.toPath();
        IngestResult result = new Ingester().ingest(base, pattern, Optional.of(format));
        List<String> files = new ArrayList<>();
        if (!artifacts.isBlank()) {
            new FileGlob(artifacts).expand(base).forEach(f -> files.add(base.relativize(f).toString().replace('\\', '/')));
        }
        return new AgentResults(result, AgentFacts.collect(), files);
    }

    /**
     * What comes back from the agent.
     *
     * @param ingest the merged run and the per-file outcome
     * @param agent  the agent machine's facts (the default environment tree)
     * @param artifacts workspace-relative paths of the files to archive with the run
     */
    record AgentResults(IngestResult ingest, EnvNode agent, List<String> artifacts) implements Serializable {
    }
}
