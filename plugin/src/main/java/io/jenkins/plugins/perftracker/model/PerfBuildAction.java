package io.jenkins.plugins.perftracker.model;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import jenkins.model.RunAction2;
import jenkins.tasks.SimpleBuildStep;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.view.run.RunView;
import io.jenkins.plugins.perftracker.job.PerfJobAction;

/**
 * The results of one publish call on a build. build.xml keeps only this summary; the full run lives in a side
 * file read on demand ({@link RunRecords}). Several publish calls in one build give several actions, numbered
 * from 1, each with its own page ({@code perftracker}, {@code perftracker-2}, …).
 */
public class PerfBuildAction implements RunAction2, SimpleBuildStep.LastBuildAction {
    private final int id;
    private final ResultSummary summary;
    private transient Run<?, ?> owner;

    public PerfBuildAction(final Run<?, ?> owner, final int id, final ResultSummary summary) {
        this.owner = owner;
        this.id = id;
        this.summary = summary;
    }

    @Override
    public void onAttached(final Run<?, ?> run) {
        owner = run;
    }

    @Override
    public void onLoad(final Run<?, ?> run) {
        owner = run;
    }

    public Run<?, ?> getOwner() {
        return owner;
    }

    public int getId() {
        return id;
    }

    public ResultSummary getSummary() {
        return summary;
    }

    /** The full run, read from the side file (softly cached). */
    public PerfRun getRun() throws IOException {
        return RunRecords.read(owner, id);
    }

    /** The page model of the run: details, tests by group, verdict. */
    public RunView getPage() throws IOException {
        return new RunView(getRun());
    }

    @Override
    public String getIconFileName() {
        return "symbol-speedometer-outline plugin-ionicons-api";
    }

    @Override
    public String getDisplayName() {
        String title = summary.getTitle();
        return id == 1 ? Messages.PerfBuildAction_displayName() : Messages.PerfBuildAction_displayNameOf(title);
    }

    @Override
    public String getUrlName() {
        return id == 1 ? "perftracker" : "perftracker-" + id;
    }

    /** The job's page, offered once per build (by the first publish call) so the job shows one link. */
    @Override
    public Collection<PerfJobAction> getProjectActions() {
        return id == 1 ? List.of(new PerfJobAction(owner.getParent())) : List.of();
    }

    /** The first action of a build, the one its summary box and the job's list use. */
    public static @CheckForNull PerfBuildAction first(final Run<?, ?> build) {
        return build.getActions(PerfBuildAction.class).stream().filter(a -> a.id == 1).findFirst().orElse(null);
    }
}
