package io.jenkins.plugins.perftracker.buildtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.cloudbees.hudson.plugins.folder.AbstractFolder;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Job;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.AggregatedRecords;

/**
 * The build-time dashboard of a folder or multibranch project: the records of every job inside it that the
 * user may read (branches, pull requests, nested folders' jobs), with build ids qualified by job.
 */
public class BuildTimeFolderAction implements Action {
    private final AbstractFolder<?> folder;

    public BuildTimeFolderAction(final AbstractFolder<?> folder) {
        this.folder = folder;
    }

    public AbstractFolder<?> getFolder() {
        return folder;
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

    /** {@code model?timeframe=…}: the dashboard over the readable jobs (JSON). */
    public void doModel(final StaplerRequest2 req, final StaplerResponse2 rsp) throws IOException {
        List<BuildTimeRecord> records = new ArrayList<>();
        Map<String, String> links = new HashMap<>();
        for (Job<?, ?> job : readableJobs(folder)) {
            List<BuildTimeRecord> own = BuildTimeIndexes.all(job);
            records.addAll(own);
            links.putAll(DashboardRequests.links(req, job, own, true));
        }
        DashboardRequests.writeDashboard(rsp, AggregatedRecords.qualify(records), links, req);
    }

    /** The jobs under the folder the current user may read (matrix cells are in their project's index). */
    static List<Job<?, ?>> readableJobs(final hudson.model.ItemGroup<?> group) {
        List<Job<?, ?>> jobs = new ArrayList<>();
        for (Job<?, ?> job : group.getAllItems(Job.class)) {
            if (job.hasPermission(Item.READ) && !(job.getParent() instanceof Job)) {
                jobs.add(job);
            }
        }
        return jobs;
    }
}
