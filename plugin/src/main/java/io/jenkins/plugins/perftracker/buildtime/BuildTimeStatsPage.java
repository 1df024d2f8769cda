package io.jenkins.plugins.perftracker.buildtime;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import hudson.Extension;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.CountTarget;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.LinkedDashboard;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.StatsBuilder;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.Timeframe;
import io.jenkins.plugins.perftracker.core.travis.RepoSlug;
import io.jenkins.plugins.perftracker.root.BuildTimeSource;
import io.jenkins.plugins.perftracker.root.RootPage;

/**
 * {@code /perftracker/stats}: Buildtime Trend's service statistics over every job the user may read (unique
 * projects; builds or jobs, stages and events per project), by timeframe, with the jobs/builds toggle, and over
 * the Travis CI repositories imported through the webhook.
 */
@Extension
public class BuildTimeStatsPage extends RootPage {
    @Override
    public String getUrlName() {
        return "stats";
    }

    @Override
    public String getDisplayName() {
        return Messages.BuildTimeStatsPage_displayName();
    }

    /** {@code model?timeframe=week&count=builds}: the statistics (JSON). */
    public void doModel(final StaplerRequest2 req, final StaplerResponse2 rsp) throws IOException {
        Jenkins.get().checkPermission(Jenkins.READ);
        Timeframe timeframe = DashboardRequests.timeframe(req);
        List<BuildTimeRecord> records = new ArrayList<>();
        for (hudson.model.Job<?, ?> job : BuildTimeFolderAction.readableJobs(Jenkins.get())) {
            records.addAll(BuildTimeIndexes.all(job));
        }
        // imported Travis repositories: their dashboards need only Jenkins READ, as this page does
        BuildTimeSource travis = BuildTimeSource.get();
        for (RepoSlug slug : travis.travisRepositories()) {
            records.addAll(travis.records(slug));
        }
        CountTarget count = CountTarget.fromId(DashboardRequests.parameter(req, "count"));
        DashboardRequests.writeJson(rsp, LinkedDashboard.of(StatsBuilder.build(records, timeframe, count,
                Clock.systemUTC()), timeframe));
    }

    /** The {@code count} parameter as the page's toggle shows it: {@code jobs} or {@code builds}. */
    public String count(final String parameter) {
        return CountTarget.fromId(parameter).id();
    }
}
