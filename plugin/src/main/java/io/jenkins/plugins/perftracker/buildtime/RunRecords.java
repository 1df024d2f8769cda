package io.jenkins.plugins.perftracker.buildtime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Cause;
import hudson.model.Computer;
import hudson.model.Executor;
import hudson.model.Job;
import hudson.model.Node;
import hudson.model.Result;
import hudson.model.Run;
import jenkins.model.Jenkins;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.mixin.ChangeRequestSCMHead;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;

import io.jenkins.plugins.perftracker.core.buildtime.Agent;
import io.jenkins.plugins.perftracker.core.buildtime.BuildMatrix;
import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecordBuilder;
import io.jenkins.plugins.perftracker.core.buildtime.StageStatus;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;
import io.jenkins.plugins.perftracker.core.buildtime.flow.FlowBlock;
import io.jenkins.plugins.perftracker.core.buildtime.flow.JenkinsCauses;
import io.jenkins.plugins.perftracker.core.buildtime.flow.StageTreeBuilder;
import io.jenkins.plugins.perftracker.core.buildtime.imports.ImportedRecords;

/**
 * Reads what a build-time record needs from a build: its project, number, branch (the multibranch head),
 * result, causes, agent, matrix cell and times, and for a Pipeline its flow graph. A freestyle build or a
 * matrix cell is one stage, the whole build.
 */
final class RunRecords {
    private RunRecords() {
    }

    /**
     * The job whose dashboard and index hold a build's records: the job itself, or for a matrix cell the matrix
     * project (a job whose parent is a job).
     */
    static Job<?, ?> ownerOf(final Run<?, ?> run) {
        Job<?, ?> job = run.getParent();
        return job.getParent() instanceof Job ? (Job<?, ?>) job.getParent() : job;
    }

    /** Whether a build is the parent of other builds (a matrix build), whose cells carry the records. */
    static boolean isParentOfCells(final Run<?, ?> run) {
        return run.getParent() instanceof hudson.model.ItemGroup;
    }

    /** The record of a completed build, with its stages from the flow graph when {@code stages} is set. */
    static BuildTimeRecord of(final Run<?, ?> run, final BuildMatrix extraMatrix, final boolean stages,
            final Instant finishedAt) {
        BuildTimeRecordBuilder builder = base(run, extraMatrix, finishedAt);
        FlowExecution execution = FlowGraphReader.executionOf(run);
        if (execution != null) {
            List<FlowBlock> blocks = FlowGraphReader.read(execution);
            String agent = StageTreeBuilder.firstAgent(blocks);
            if (agent != null) {
                builder.agent(Agent.of(agent, ""));
            }
            if (stages) {
                builder.stages(StageTreeBuilder.build(blocks, finishedAt));
            }
        }
        else if (stages) {
            // a freestyle build or matrix cell: the whole build is its one stage
            Instant started = Instant.ofEpochMilli(run.getStartTimeInMillis());
            builder.stage(StageTiming.builder(run.getParent().getDisplayName()).start(started)
                    .duration(Duration.between(started, finishedAt.isBefore(started) ? started : finishedAt))
                    .status(StageStatus.valueOf(statusOf(run.getResult()))));
        }
        return builder.build();
    }

    private static BuildTimeRecordBuilder base(final Run<?, ?> run, final BuildMatrix extraMatrix,
            final Instant finishedAt) {
        Job<?, ?> owner = ownerOf(run);
        String build = String.valueOf(run.getNumber());
        BuildMatrix matrix = matrixOf(run, extraMatrix);
        SCMHead head = SCMHead.HeadByItem.findHead(owner);
        Instant started = Instant.ofEpochMilli(run.getStartTimeInMillis());
        long queued = QueueTimes.enteredAt(run.getQueueId());
        Instant queuedAt = queued > 0 && queued <= run.getStartTimeInMillis() ? Instant.ofEpochMilli(queued)
                : Instant.ofEpochMilli(Math.min(run.getTimeInMillis(), run.getStartTimeInMillis()));
        Result result = run.getResult();
        return BuildTimeRecord.builder().repo(owner.getFullName()).build(build)
                .job(ImportedRecords.jobId(build, matrix)).branch(head == null ? "" : head.getName())
                .result(BuildResult.fromJenkins(result == null ? "SUCCESS" : result.toString()))
                .trigger(JenkinsCauses.trigger(causes(run), head instanceof ChangeRequestSCMHead)).agent(agentOf(run))
                .matrix(matrix).queuedAt(queuedAt).startedAt(started)
                .finishedAt(finishedAt.isBefore(started) ? started : finishedAt);
    }

    private static String statusOf(final Result result) {
        if (result == null || Result.SUCCESS.equals(result)) {
            return "SUCCESS";
        }
        if (Result.UNSTABLE.equals(result)) {
            return "UNSTABLE";
        }
        return Result.ABORTED.equals(result) ? "ABORTED" : Result.NOT_BUILT.equals(result) ? "NOT_EXECUTED" : "FAILED";
    }

    private static List<String> causes(final Run<?, ?> run) {
        List<String> names = new ArrayList<>();
        for (Cause cause : run.getCauses()) {
            names.add(cause.getClass().getName());
        }
        return names;
    }

    /** The matrix cell's axes (matrix-project), merged with the axes a step gave. */
    private static BuildMatrix matrixOf(final Run<?, ?> run, final BuildMatrix extra) {
        Map<String, String> axes = new java.util.TreeMap<>(extra.getAxes());
        if (run.getParent() != ownerOf(run) && Jenkins.get().getPlugin("matrix-project") != null) {
            axes.putAll(MatrixCells.axes(run.getParent()));
        }
        return BuildMatrix.of(axes);
    }

    /** The agent a freestyle build or matrix cell ran on; Pipelines take their first node block instead. */
    @CheckForNull
    private static Agent agentOf(final Run<?, ?> run) {
        Executor executor = run.getExecutor();
        Computer computer = executor == null ? null : executor.getOwner();
        Node node = computer == null ? null : computer.getNode();
        if (node == null || FlowGraphReader.executionOf(run) != null) {
            return null;
        }
        String name = node.getNodeName();
        return Agent.of(name.isEmpty() ? "built-in" : name, "");
    }
}
