package io.jenkins.plugins.perftracker.buildtime;

import hudson.Extension;
import hudson.ExtensionList;
import jenkins.model.GlobalConfiguration;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Build-time collection settings (Manage Jenkins » System, and configuration as code under
 * {@code unclassified: perftrackerBuildTime:}): whether every build's times are recorded when it completes,
 * and how many recent builds the build page's per-stage medians use.
 */
@Extension
@Symbol("perftrackerBuildTime")
public class BuildTimeConfiguration extends GlobalConfiguration {
    static final int DEFAULT_MEDIAN_BUILDS = 30;
    private static final int MAX_MEDIAN_BUILDS = 1000;

    private boolean collect = true;
    private int medianBuilds = DEFAULT_MEDIAN_BUILDS;

    public BuildTimeConfiguration() {
        load();
    }

    public static BuildTimeConfiguration get() {
        return ExtensionList.lookupSingleton(BuildTimeConfiguration.class);
    }

    /** Whether build times are recorded automatically for every build (jobs may opt out). */
    public boolean isCollect() {
        return collect;
    }

    @DataBoundSetter
    public void setCollect(final boolean collect) {
        this.collect = collect;
        save();
    }

    /** How many earlier builds the build page compares each stage with (their median). */
    public int getMedianBuilds() {
        return medianBuilds;
    }

    @DataBoundSetter
    public void setMedianBuilds(final int medianBuilds) {
        this.medianBuilds = medianBuilds < 1 ? DEFAULT_MEDIAN_BUILDS : Math.min(medianBuilds, MAX_MEDIAN_BUILDS);
        save();
    }
}
