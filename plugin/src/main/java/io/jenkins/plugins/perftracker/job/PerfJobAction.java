package io.jenkins.plugins.perftracker.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Run;
import jakarta.servlet.ServletException;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.interceptor.RequirePOST;
import org.springframework.security.access.AccessDeniedException;

import io.jenkins.plugins.perftracker.config.PerftrackerConfiguration;
import io.jenkins.plugins.perftracker.core.compare.CompareOptions;
import io.jenkins.plugins.perftracker.core.compare.RunComparator;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.store.index.SeriesHistory;
import io.jenkins.plugins.perftracker.core.view.ComparisonViews;
import io.jenkins.plugins.perftracker.core.view.ViewJson;
import io.jenkins.plugins.perftracker.core.view.job.BuildList;
import io.jenkins.plugins.perftracker.core.view.job.JobRegressions;
import io.jenkins.plugins.perftracker.core.view.job.JobTrends;
import io.jenkins.plugins.perftracker.core.view.job.RunRef;
import io.jenkins.plugins.perftracker.model.PerfBuildAction;

/**
 * The job's perftracker page ({@code job/NAME/perftracker/}): trends drawn from the series index (never from
 * build records, so 10,000 builds open as fast as 10), comparisons of any runs at a shareable URL, and the
 * builds list. The pages are the engine's UI modules fed by the JSON endpoints below; reading follows the job's
 * READ permission, every change is a POST with a permission check.
 */
public class PerfJobAction implements Action {
    private static final int MAX_SEARCH = 200;

    private final Job<?, ?> job;

    public PerfJobAction(final Job<?, ?> job) {
        this.job = job;
    }

    public Job<?, ?> getJob() {
        return job;
    }

    @Override
    public String getIconFileName() {
        return "symbol-speedometer-outline plugin-ionicons-api";
    }

    @Override
    public String getDisplayName() {
        return Messages.PerfJobAction_displayName();
    }

    @Override
    public String getUrlName() {
        return "perftracker";
    }

    /** {@code trends}: every series over the last builds with its change points (JSON). */
    public void doTrends(final StaplerRequest2 req, final StaplerResponse2 rsp) throws IOException {
        int builds = PerftrackerConfiguration.get().getTrendBuilds();
        List<SeriesHistory> histories = SeriesIndexes.read(job, index -> index.readLastBuilds(builds), List.of());
        String title = SeriesIndexes.isRebuilding(job)
                ? Messages.PerfJobAction_indexRebuilding(job.getFullDisplayName()) : job.getFullDisplayName();
        // absolute paths: the same model feeds the job page and its floating box, at different URLs
        String jobPath = req.getContextPath() + "/" + job.getUrl();
        writeJson(rsp, new JobTrends(PerftrackerConfiguration.get().detector()).of(title, histories,
                b -> jobPath + b + "/perftracker/"));
    }

    /** {@code comparison?runs=12,15:2,other#7}: a comparison of runs, also of other jobs the user may read. */
    public void doComparison(final StaplerRequest2 req, final StaplerResponse2 rsp,
            @QueryParameter final String runs) throws IOException, ServletException {
        List<RunRef> refs;
        try {
            refs = RunRef.parseAll(runs);
        }
        catch (IllegalArgumentException e) {
            throw HttpResponses.errorWithoutStack(400, e.getMessage());
        }
        List<PerfRun> perfRuns = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (RunRef ref : refs) {
            perfRuns.add(load(ref));
            labels.add(ref.label());
        }
        if (perfRuns.size() < 2) {
            throw HttpResponses.errorWithoutStack(400, "runs: at least two runs are needed for a comparison");
        }
        writeJson(rsp, ComparisonViews.of(String.join(" vs ", labels),
                new RunComparator(CompareOptions.defaults()).compare(perfRuns), perfRuns));
    }

    private PerfRun load(final RunRef ref) throws IOException {
        Job<?, ?> owner = ref.job().isEmpty() ? job : readableJob(ref.job());
        Run<?, ?> build = owner == null ? null : owner.getBuildByNumber(ref.build());
        PerfBuildAction action = build == null ? null : build.getActions(PerfBuildAction.class).stream()
                .filter(a -> a.getId() == ref.id()).findFirst().orElse(null);
        if (action == null) {
            // the same answer for a missing and an invisible job, so names of hidden jobs do not leak
            throw HttpResponses.errorWithoutStack(404, "runs: no published run " + ref.label());
        }
        return action.getRun();
    }

    /** The regression tags of the recent builds, for the page's tag list. */
    public Set<String> getRegressionTags() {
        return new JobTags(job).names(PerftrackerConfiguration.get().getTrendBuilds());
    }

    /** {@code regressions?tag=NAME}: PerfTracker's regression view of one tag (JSON). */
    public void doRegressions(final StaplerRequest2 req, final StaplerResponse2 rsp, @QueryParameter final String tag)
            throws IOException {
        if (tag == null || tag.isBlank() || tag.length() > 512) {
            throw HttpResponses.errorWithoutStack(400, "tag: a regression tag of at most 512 characters expected");
        }
        int builds = PerftrackerConfiguration.get().getTrendBuilds();
        JobTags tags = new JobTags(job);
        List<SeriesHistory> histories = SeriesIndexes.read(job, index -> index.readLastBuilds(builds), List.of());
        writeJson(rsp, new JobRegressions(PerftrackerConfiguration.get().detector()).of(tag, tags.builds(builds),
                tags.excluded(tag), histories));
    }

    /** Takes a build out of its regression tag ({@code linked=false}) or puts it back (job CONFIGURE). */
    @RequirePOST
    public void doLink(final StaplerRequest2 req, final StaplerResponse2 rsp, @QueryParameter final String tag,
            @QueryParameter final int build, @QueryParameter final boolean linked) throws IOException {
        job.checkPermission(Item.CONFIGURE);
        if (tag == null || tag.isBlank() || job.getBuildByNumber(build) == null) {
            throw HttpResponses.errorWithoutStack(400, "tag and build: an existing build and its tag expected");
        }
        new JobTags(job).setLinked(tag, build, linked);
        rsp.sendRedirect2("regression?tag=" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Another job as the current user sees it; null when it is missing or hidden (DISCOVER without READ too). */
    private static Job<?, ?> readableJob(final String fullName) {
        try {
            return Jenkins.get().getItemByFullName(fullName, Job.class);
        }
        catch (AccessDeniedException e) {
            return null;
        }
    }

    /** {@code builds?start=0&length=50&search=x}: a page of the builds list with PerfTracker's columns (JSON). */
    public void doBuilds(final StaplerRequest2 req, final StaplerResponse2 rsp, @QueryParameter final int start,
            @QueryParameter final int length, @QueryParameter final String search) throws IOException {
        if (search != null && search.length() > MAX_SEARCH) {
            throw HttpResponses.errorWithoutStack(400, "search: at most " + MAX_SEARCH + " characters expected");
        }
        writeJson(rsp, BuildRows.page(job, Math.max(0, start), length <= 0 ? 50 : Math.min(length, 500),
                search == null ? "" : search));
    }

    /** The saved comparisons, for the job page. */
    public List<SavedComparisons.Saved> getSavedComparisons() throws IOException {
        return new SavedComparisons(job).list();
    }

    /** Saves a comparison with a title (job CONFIGURE). */
    @RequirePOST
    public void doSaveComparison(final StaplerRequest2 req, final StaplerResponse2 rsp,
            @QueryParameter final String title, @QueryParameter final String runs) throws IOException {
        job.checkPermission(Item.CONFIGURE);
        try {
            new SavedComparisons(job).save(title, runs);
        }
        catch (IllegalArgumentException e) {
            throw HttpResponses.errorWithoutStack(400, e.getMessage());
        }
        rsp.sendRedirect2(".");
    }

    /** The builds list page for the Jelly view: 50 rows from {@code start}, matching {@code search}. */
    public BuildList buildsPage(final int start, final String search) {
        String text = search == null ? "" : search;
        return BuildRows.page(job, Math.max(0, start), 50, text.length() > MAX_SEARCH ? text.substring(0, MAX_SEARCH)
                : text);
    }

    /** The {@code start} query parameter, untrusted: 0 unless it is a small non-negative number. */
    public int startParameter(final String start) {
        try {
            return Math.max(0, Math.min(BuildList.MAX_SCANNED, Integer.parseInt(start == null ? "0" : start)));
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The runs of a comparison URL: {@code runs=12,15} and/or the basket's repeated {@code run=N}. */
    public String runsParameter(final StaplerRequest2 req) {
        List<String> runs = new ArrayList<>();
        String list = req.getParameter("runs");
        if (list != null && !list.isBlank()) {
            runs.add(list);
        }
        String[] basket = req.getParameterValues("run");
        if (basket != null) {
            runs.addAll(List.of(basket));
        }
        return String.join(",", runs);
    }

    /** Rebuilds the job's series index from its build records (administrators only). */
    @RequirePOST
    public void doRebuildIndex(final StaplerRequest2 req, final StaplerResponse2 rsp) throws IOException {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        SeriesIndexes.rebuild(job);
        rsp.sendRedirect2(".");
    }

    /** Acknowledges a known change of one series from a build on, so verdicts stop reporting it. */
    @RequirePOST
    public void doAcknowledge(final StaplerRequest2 req, final StaplerResponse2 rsp,
            @QueryParameter final String group, @QueryParameter final String tag,
            @QueryParameter final String category, @QueryParameter final String unit,
            @QueryParameter final int fromBuild, @QueryParameter final String reason) throws IOException {
        job.checkPermission(Item.CONFIGURE);
        try {
            JobAcknowledgements.of(job).add(group, tag, category, unit, fromBuild, reason);
        }
        catch (IllegalArgumentException e) {
            throw HttpResponses.errorWithoutStack(400, e.getMessage());
        }
        rsp.sendRedirect2(".");
    }

    private static void writeJson(final StaplerResponse2 rsp, final Object model) throws IOException {
        rsp.setContentType("application/json;charset=UTF-8");
        rsp.setHeader("Cache-Control", "no-cache");
        rsp.getWriter().write(ViewJson.write(model));
    }
}
