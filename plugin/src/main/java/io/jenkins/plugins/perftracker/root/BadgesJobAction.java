package io.jenkins.plugins.perftracker.root;

import java.util.ArrayList;
import java.util.List;

import hudson.model.Action;
import hudson.model.Job;
import jenkins.model.Jenkins;

import io.jenkins.plugins.perftracker.core.badge.BadgeSnippets;
import io.jenkins.plugins.perftracker.job.PerfJobAction;

/**
 * The job's "Badges" page ({@code job/NAME/perftracker-badges/}): every badge URL of the job with Markdown and
 * HTML to paste into a README, and a live preview. Reading follows the job's permissions, as any job page.
 */
public class BadgesJobAction implements Action {
    private final Job<?, ?> job;

    public BadgesJobAction(final Job<?, ?> job) {
        this.job = job;
    }

    public Job<?, ?> getJob() {
        return job;
    }

    @Override
    public String getIconFileName() {
        return "symbol-ribbon-outline plugin-ionicons-api";
    }

    @Override
    public String getDisplayName() {
        return Messages.BadgesJobAction_displayName();
    }

    @Override
    public String getUrlName() {
        return "perftracker-badges";
    }

    /** The badges with their snippets, as absolute URLs (a README lives elsewhere). */
    public List<BadgeSnippets.Snippet> getSnippets() {
        String root = Jenkins.get().getRootUrl();
        String base = (root == null ? "/" : root) + PerftrackerRootAction.URL_NAME + "/badge/";
        return BadgeSnippets.forJob(base, job.getFullName(), job.getAbsoluteUrl(),
                new ArrayList<>(new PerfJobAction(job).getRegressionTags()));
    }

    /** Whether anonymous users may see these badges (else a README shows the 404 badge to visitors). */
    public boolean isPublic() {
        return job.getACL().hasPermission2(Jenkins.ANONYMOUS2, BadgePermissions.VIEW_BADGE);
    }
}
