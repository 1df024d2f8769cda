package io.jenkins.plugins.perftracker.buildtime;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import hudson.model.Action;
import hudson.model.Job;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.interceptor.RequirePOST;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/**
 * A job's build-time dashboard ({@code job/NAME/buildtimes/}): Buildtime Trend's metrics, charts, filters and
 * timeframes from the job's build-time index (never from build records), its JSON at {@code model}, the small
 * trend box on the job page, and the administrator's index rebuild. Reading follows the job's READ.
 */
public class BuildTimeJobAction implements Action {
    static final int BOX_BUILDS = 10;

    private final Job<?, ?> job;

    public BuildTimeJobAction(final Job<?, ?> job) {
        this.job = job;
    }

    public Job<?, ?> getJob() {
        return job;
    }

    @Override
    public String getIconFileName() {
        return "symbol-timer-outline plugin-ionicons-api";
    }

    @Override
    public String getDisplayName() {
        return Messages.BuildTimeJobAction_displayName();
    }

    @Override
    public String getUrlName() {
        return "buildtimes";
    }

    /** {@code model?timeframe=week&filter_branch=main…}: the dashboard model (JSON). */
    public void doModel(final StaplerRequest2 req, final StaplerResponse2 rsp) throws IOException {
        List<BuildTimeRecord> records = BuildTimeIndexes.all(job);
        DashboardRequests.writeDashboard(rsp, records, DashboardRequests.links(req, job, records, false), req);
    }

    /** The latest builds for the job page's box, newest first: build, duration, result. */
    public List<BoxRow> getRecentBuilds() {
        List<BuildTimeRecord> latest = BuildTimeIndexes.recent(job, BOX_BUILDS);
        long longest = latest.stream().mapToLong(r -> r.getDuration().toMillis()).max().orElse(0);
        List<BoxRow> rows = new ArrayList<>();
        for (int i = latest.size() - 1; i >= 0; i--) {
            BuildTimeRecord record = latest.get(i);
            rows.add(new BoxRow(record.getBuild(), record.getJob(), BuildTimeAction.format(seconds(record.getDuration())),
                    record.getDuration().toMillis(), Math.max(1, longest), record.getResult().id()));
        }
        return rows;
    }

    /**
     * One row of the job page's box.
     *
     * @param build the build number, for its link
     * @param job the build job id shown
     * @param duration the duration as text
     * @param millis the duration, for the bar
     * @param maxMillis the longest duration of the box, the bar's full width
     * @param result the result id
     */
    public record BoxRow(String build, String job, String duration, long millis, long maxMillis, String result) {
    }

    /** The current or last index rebuild, or {@code null}. */
    public RebuildProgress getRebuildProgress() {
        return BuildTimeRebuilds.progressOf(job);
    }

    /** Rebuilds the job's build-time index from its build records in the background (administrators only). */
    @RequirePOST
    public void doRebuild(final StaplerRequest2 req, final StaplerResponse2 rsp) throws IOException {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        BuildTimeRebuilds.start(job);
        rsp.sendRedirect2("rebuildProgress");
    }

    private static double seconds(final Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
