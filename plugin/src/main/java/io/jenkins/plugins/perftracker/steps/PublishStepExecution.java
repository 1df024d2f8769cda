package io.jenkins.plugins.perftracker.steps;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

import io.jenkins.plugins.perftracker.publish.PublishOutcome;
import io.jenkins.plugins.perftracker.publish.ResultPublisher;

/**
 * Runs a publish off the CPS thread, then marks the stage with a warning on regression (as junit does for
 * failed tests) and sets the build result the quality gates ask for. A publish cannot resume after a
 * controller restart; it is short and simply fails then, like junit's.
 */
class PublishStepExecution extends SynchronousNonBlockingStepExecution<PublishSummary> {
    private static final long serialVersionUID = 1L;

    private final transient PublishOptions options;

    PublishStepExecution(final StepContext context, final PublishOptions options) {
        super(context);
        this.options = options;
    }

    @Override
    protected PublishSummary run() throws Exception {
        StepContext context = getContext();
        Run<?, ?> run = context.get(Run.class);
        FilePath workspace = context.get(FilePath.class);
        TaskListener listener = context.get(TaskListener.class);
        Launcher launcher = context.get(Launcher.class);
        PublishOutcome outcome = new ResultPublisher(run, listener).publish(workspace, launcher, options);
        if (outcome.stageWarning()) {
            context.get(FlowNode.class).addOrReplaceAction(new WarningAction(outcome.result().isWorseThan(
                    Result.SUCCESS) ? outcome.result() : Result.UNSTABLE).withMessage(warning(outcome)));
        }
        if (outcome.result().isWorseThan(Result.SUCCESS)) {
            run.setResult(outcome.result());
        }
        return new PublishSummary(outcome.summary());
    }

    private static String warning(final PublishOutcome outcome) {
        int regressed = outcome.summary().getRegressed();
        return regressed == 1 ? "1 performance regression" : regressed + " performance regressions";
    }
}
