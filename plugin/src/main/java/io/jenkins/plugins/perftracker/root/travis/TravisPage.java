package io.jenkins.plugins.perftracker.root.travis;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import jakarta.servlet.ServletException;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.interceptor.RequirePOST;

import io.jenkins.plugins.perftracker.core.travis.ImportPlan;
import io.jenkins.plugins.perftracker.core.travis.ImportPlanner;
import io.jenkins.plugins.perftracker.core.travis.ImportQueue;
import io.jenkins.plugins.perftracker.core.travis.ImportTask;
import io.jenkins.plugins.perftracker.core.travis.RepoRules;
import io.jenkins.plugins.perftracker.core.travis.RepoSlug;
import io.jenkins.plugins.perftracker.root.BuildTimeSource;
import io.jenkins.plugins.perftracker.root.RootPage;

/**
 * {@code /perftracker/travis}: a POST is Travis' webhook ({@link TravisWebhookReceiver}); a GET shows the imported repositories, the import queue and, to administrators, the batch
 * import form. {@code /perftracker/travis/<owner>/<repo>/} is a repository's dashboard.
 */
@Extension
public class TravisPage extends RootPage {
    private transient volatile List<String> lastBatch = List.of();
    private transient volatile Set<String> lastBatchKeys = Set.of();

    @Override
    public String getUrlName() {
        return "travis";
    }

    @Override
    public String getDisplayName() {
        return Messages.TravisPage_displayName();
    }

    /** POST: the webhook. GET: the status page, to users who may read Jenkins. */
    public void doIndex(final StaplerRequest2 req, final StaplerResponse2 rsp) throws IOException, ServletException {
        if ("POST".equals(req.getMethod())) {
            TravisWebhookReceiver.receive(req, rsp);
            return;
        }
        Jenkins.get().checkPermission(Jenkins.READ);
        req.getView(this, "status.jelly").forward(req, rsp);
    }

    /** The batch import of builds {@code first..last} of a repository (administrators, POST). */
    @RequirePOST
    public void doImport(final StaplerRequest2 req, final StaplerResponse2 rsp, @QueryParameter final String repo,
            @QueryParameter final int first, @QueryParameter final String last) throws IOException {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        RepoSlug slug = RepoSlug.parse(repo == null ? "" : repo.strip()).orElseThrow(() ->
                HttpResponses.errorWithoutStack(400, "repo: a repository slug owner/name expected"));
        if (!TravisConfiguration.get().rules().isAllowed(slug)) {
            throw HttpResponses.errorWithoutStack(403, RepoRules.refusal(slug));
        }
        ImportPlan plan;
        try {
            plan = planner().batch(slug, first, lastBuild(last), n -> stored(slug, n));
        } catch (IllegalArgumentException e) {
            throw HttpResponses.errorWithoutStack(400, e.getMessage());
        }
        List<String> lines = new ArrayList<>(plan.warnings());
        Set<String> keys = new HashSet<>();
        Instant now = Instant.now();
        for (ImportPlan.Scheduled scheduled : plan.scheduled()) {
            ImportTask task = ImportTask.of(slug, scheduled.buildNumber(), 0, now.plus(scheduled.delay()));
            Optional<ImportQueue.Refusal> refusal = TravisImports.get().schedule(task);
            refusal.ifPresentOrElse(r -> lines.add("Build #" + task.buildNumber() + " not queued: " + r), () -> {
                lines.add("Build #" + task.buildNumber() + " queued");
                keys.add(task.key());
            });
        }
        plan.skipped().forEach(n -> lines.add("Build #" + n + " already imported"));
        lastBatch = List.copyOf(lines);
        lastBatchKeys = Set.copyOf(keys);
        rsp.sendRedirect2(".");
    }

    private static OptionalInt lastBuild(final String last) {
        try {
            return last == null || last.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(last.strip()));
        } catch (NumberFormatException e) {
            throw HttpResponses.errorWithoutStack(400, "last: a build number expected");
        }
    }

    /** {@code travis/<owner>/}: the first half of a repository's address; null (404) for an invalid owner. */
    @CheckForNull
    public TravisOwner getDynamic(final String owner) {
        Jenkins.get().checkPermission(Jenkins.READ);
        return RepoSlug.parse(owner + "/x").isPresent() ? new TravisOwner(owner) : null;
    }

    /** The imported repositories, for the status page. */
    public List<RepoSlug> getRepositories() throws IOException {
        return BuildTimeSource.get().travisRepositories();
    }

    /** The builds waiting for import, for the status page. */
    public List<ImportTask> getQueued() throws IOException {
        return TravisImports.get().queue().tasks();
    }

    /** The latest import outcomes, newest first. */
    public List<String> getOutcomes() throws IOException {
        return TravisImports.get().queue().outcomes();
    }

    /** What the last batch import of this controller queued. */
    public List<String> getLastBatch() {
        return lastBatch;
    }

    /** The last batch's progress: how many of its queued builds have left the queue, of how many. */
    public String getLastBatchProgress() throws IOException {
        Set<String> keys = lastBatchKeys;
        long waiting = getQueued().stream().filter(t -> keys.contains(t.key())).count();
        return Messages.TravisPage_batchProgress(keys.size() - waiting, keys.size());
    }

    public boolean isAdministrator() {
        return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
    }

    public int getMaxBuilds() {
        return TravisConfiguration.get().getMaxBuilds();
    }

    static ImportPlanner planner() {
        return new ImportPlanner(TravisConfiguration.get().importSettings());
    }

    static boolean stored(final RepoSlug slug, final int build) {
        try {
            return BuildTimeSource.get().hasBuild(slug, build);
        } catch (IOException e) {
            return false; // import again: storing replaces the build's records
        }
    }

}
