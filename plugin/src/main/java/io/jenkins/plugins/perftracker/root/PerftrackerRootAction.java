package io.jenkins.plugins.perftracker.root;

import java.util.List;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.UnprotectedRootAction;
import jenkins.model.Jenkins;

/**
 * The root action {@code /perftracker/}: it serves each {@link RootPage} at {@code /perftracker/<urlName>}
 * (badges, the Travis webhook, build-time statistics, the hardware farm) without knowing any of them.
 * Unprotected like embeddable-build-status' {@code /buildStatus/}, because README badges and Travis' webhook
 * come without a Jenkins login; each page checks its own permissions, and this index lists only the pages'
 * names to users who may read Jenkins.
 */
@Extension
public class PerftrackerRootAction implements UnprotectedRootAction {
    public static final String URL_NAME = "perftracker";

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** No link in the side panel: the pages are reached from jobs, badges and the Travis set-up. */
    @CheckForNull
    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.PerftrackerRootAction_displayName();
    }

    /** {@code /perftracker/<name>}: the page contributed under that name; null (404) for any other name. */
    @CheckForNull
    public RootPage getDynamic(final String name) {
        return RootPage.byUrlName(name);
    }

    /** The pages for the index, to users who may read Jenkins; none to others. */
    public List<RootPage> getPages() {
        return Jenkins.get().hasPermission(Jenkins.READ) ? List.copyOf(RootPage.all()) : List.of();
    }
}
