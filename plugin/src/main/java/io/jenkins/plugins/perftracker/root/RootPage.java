package io.jenkins.plugins.perftracker.root;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.ModelObject;

/**
 * A page under the root action {@code /perftracker/}, contributed by one capability (build-time statistics,
 * the hardware farm, …) as an {@code @Extension}. The root action serves each page at its
 * {@link #getUrlName() URL name}; a page checks its own permissions, as any Stapler object does.
 */
public abstract class RootPage implements ExtensionPoint, ModelObject {
    /** The path segment under {@code /perftracker/}, e.g. {@code "stats"} or {@code "farm"}. */
    public abstract String getUrlName();

    /** Every page Jenkins knows of. */
    public static ExtensionList<RootPage> all() {
        return ExtensionList.lookup(RootPage.class);
    }

    /** The page served at {@code /perftracker/<urlName>}, or {@code null} when none is. */
    @CheckForNull
    public static RootPage byUrlName(final String urlName) {
        for (RootPage page : all()) {
            if (page.getUrlName().equals(urlName)) {
                return page;
            }
        }
        return null;
    }
}
