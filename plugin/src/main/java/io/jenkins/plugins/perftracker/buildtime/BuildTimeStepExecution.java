package io.jenkins.plugins.perftracker.buildtime;

import java.time.Instant;
import java.util.List;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.imports.ImportedRecords;
import io.jenkins.plugins.perftracker.core.buildtime.imports.ImportedTimes;
import io.jenkins.plugins.perftracker.core.buildtime.imports.MatrixText;

/**
 * Runs {@code perftrackerBuildTime} off the CPS thread: the build's record so far, plus the imported files
 * (read on the agent), attached to the build and its job's index. Short; it fails rather than resumes after a
 * controller restart, like junit's step.
 */
class BuildTimeStepExecution extends SynchronousNonBlockingStepExecution<Integer> {
    private static final long serialVersionUID = 1L;

    private final transient PerftrackerBuildTimeStep step;

    BuildTimeStepExecution(final StepContext context, final PerftrackerBuildTimeStep step) {
        super(context);
        this.step = step;
    }

    @Override
    protected Integer run() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        TaskListener listener = getContext().get(TaskListener.class);
        BuildTimeRecord own = RunRecords.of(run, MatrixText.parse(step.getMatrix()), step.isStages(), Instant.now());
        List<ImportedTimes> imported = List.of();
        if (!step.getFiles().isEmpty()) {
            FilePath workspace = getContext().get(FilePath.class);
            if (workspace == null) {
                throw new AbortException("perftrackerBuildTime: files are read from a workspace; call the step inside "
                        + "node { }");
            }
            imported = workspace.act(new ReadBuildTimesOnAgent(step.getFiles(), step.getFormat(),
                    Instant.ofEpochMilli(run.getStartTimeInMillis())));
            if (imported.isEmpty()) {
                throw new AbortException("perftrackerBuildTime: no file matches files: '" + step.getFiles() + "'");
            }
        }
        List<BuildTimeRecord> records = ImportedRecords.of(own, imported);
        BuildTimeCollector.attach(run, records);
        int stages = records.stream().mapToInt(BuildTimeRecord::getStageCount).sum();
        listener.getLogger().printf("perftrackerBuildTime: recorded %d build-time record(s) with %d stage(s) from %d "
                + "file(s)%n", records.size(), stages, imported.size());
        return records.size();
    }
}
