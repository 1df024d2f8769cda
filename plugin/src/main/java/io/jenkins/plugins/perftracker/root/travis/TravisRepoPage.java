package io.jenkins.plugins.perftracker.root.travis;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import hudson.model.ModelObject;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

import io.jenkins.plugins.perftracker.core.badge.BadgePath;
import io.jenkins.plugins.perftracker.core.badge.BadgeInterval;
import io.jenkins.plugins.perftracker.core.badge.BadgeSnippets;
import io.jenkins.plugins.perftracker.core.badge.BuildtimeBadgeType;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.DashboardBuilder;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.DashboardFilter;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.Timeframe;
import io.jenkins.plugins.perftracker.core.travis.RepoSlug;
import io.jenkins.plugins.perftracker.core.view.ViewJson;
import io.jenkins.plugins.perftracker.root.BuildTimeSource;
import io.jenkins.plugins.perftracker.root.PerftrackerRootAction;

/**
 * {@code /perftracker/travis/<owner>/<repo>/}: the build-time dashboard of an imported Travis repository, the
 * same page model and UI module as a job's, fed by the {@code dashboard} JSON endpoint.
 */
public class TravisRepoPage implements ModelObject {
    private static final int MAX_PARAMETER = 256;

    private final RepoSlug slug;

    TravisRepoPage(final RepoSlug slug) {
        this.slug = slug;
    }

    public RepoSlug getSlug() {
        return slug;
    }

    @Override
    public String getDisplayName() {
        return slug.toString();
    }

    /** {@code dashboard?timeframe=week&filter_branch=…}: the dashboard model (JSON). */
    public void doDashboard(final StaplerRequest2 req, final StaplerResponse2 rsp) throws IOException {
        DashboardFilter filter = new DashboardFilter(parameter(req, "filter_branch"),
                parameter(req, "filter_build_result"), parameter(req, "filter_build_trigger"),
                parameter(req, "filter_build_matrix"), parameter(req, "filter_agent"));
        rsp.setContentType("application/json;charset=UTF-8");
        rsp.setHeader("Cache-Control", "no-cache");
        rsp.getWriter().write(ViewJson.write(DashboardBuilder.build(BuildTimeSource.get().records(slug),
                Timeframe.fromId(parameter(req, "timeframe")), filter, Clock.systemUTC())));
    }

    /** The repository's average-build-time badge for the page, linked to this dashboard. */
    public BadgeSnippets.Snippet getBadge() {
        String root = Jenkins.get().getRootUrl();
        String base = (root == null ? "/" : root) + PerftrackerRootAction.URL_NAME + "/";
        String url = base + "badge/" + new BadgePath(BadgePath.Kind.TRAVIS, slug.toString(),
                Optional.of(BuildtimeBadgeType.AVG), Optional.of(BadgeInterval.WEEK)).toPath();
        return BadgeSnippets.forUrl("Build time: avg (week)", url, base + "travis/" + slug + "/");
    }

    private static String parameter(final StaplerRequest2 req, final String name) {
        String value = req.getParameter(name);
        return value == null || value.length() > MAX_PARAMETER ? "" : value;
    }
}
