package io.jenkins.plugins.perftracker.buildtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;

import io.jenkins.plugins.perftracker.core.buildtime.BuildMatrix;
import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/**
 * Records every build's times when it completes (unless switched off globally or for its job), and keeps the
 * job's build-time index in step when a build is deleted, by a user or by the job's build discarder.
 */
@Extension
public class BuildTimeCollector extends RunListener<Run<?, ?>> {
    private static final Logger LOGGER = Logger.getLogger(BuildTimeCollector.class.getName());

    @Override
    public void onCompleted(final Run<?, ?> run, @NonNull final TaskListener listener) {
        try {
            BuildTimeAction recorded = run.getAction(BuildTimeAction.class);
            if (recorded != null) {
                finishStepRecords(run, recorded);
            }
            Job<?, ?> owner = RunRecords.ownerOf(run);
            if (!BuildTimeConfiguration.get().isCollect() || RunRecords.isParentOfCells(run)
                    || BuildTimeOptOut.isOptedOut(owner)) {
                return;
            }
            BuildTimeRecord record = RunRecords.of(run, BuildMatrix.EMPTY, true, finishedAt(run));
            if (recorded == null || recorded.getRecords().stream().noneMatch(r -> r.getJob().equals(record.getJob()))) {
                attach(run, List.of(record)); // a job the perftrackerBuildTime step recorded keeps its record
            }
        }
        catch (RuntimeException e) {
            // a graph the engine refuses must never break the build's completion
            LOGGER.log(Level.WARNING, "perftracker: could not record the build times of " + run, e);
        }
    }

    /** The step ran before the build ended: its records get the build's final result. */
    private static void finishStepRecords(final Run<?, ?> run, final BuildTimeAction recorded) {
        BuildResult result = BuildResult.fromJenkins(String.valueOf(run.getResult()));
        List<BuildTimeRecord> updated = new ArrayList<>();
        for (BuildTimeRecord record : recorded.getRecords()) {
            if (record.getResult() != result) {
                updated.add(record.toBuilder().result(result).build());
            }
        }
        if (!updated.isEmpty()) {
            attach(run, updated);
        }
    }

    @Override
    public void onDeleted(final Run<?, ?> run) {
        BuildTimeAction action = run.getAction(BuildTimeAction.class);
        if (action == null) {
            return;
        }
        Job<?, ?> owner = RunRecords.ownerOf(run);
        for (BuildTimeRecord record : action.getRecords()) {
            BuildTimeIndexes.remove(owner, record.getBuild(), record.getJob());
        }
    }

    /** Adds records to a build (replacing those of the same job id) and to its job's index. */
    static void attach(final Run<?, ?> run, final List<BuildTimeRecord> records) {
        synchronized (run) {
            BuildTimeAction existing = run.getAction(BuildTimeAction.class);
            run.addOrReplaceAction(existing == null ? new BuildTimeAction(records) : existing.with(records));
        }
        BuildTimeIndexes.record(RunRecords.ownerOf(run), records);
    }

    /** When the build finished: start + duration, or now while the duration is not set yet. */
    static Instant finishedAt(final Run<?, ?> run) {
        long duration = run.getDuration();
        return duration > 0 ? Instant.ofEpochMilli(run.getStartTimeInMillis() + duration) : Instant.now();
    }
}
