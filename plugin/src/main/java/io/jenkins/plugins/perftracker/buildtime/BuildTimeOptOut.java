package io.jenkins.plugins.perftracker.buildtime;

import hudson.Extension;
import hudson.model.Job;
import jenkins.model.OptionalJobProperty;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * A job's opt-out of automatic build-time collection ({@code options { perftrackerBuildTimeOptOut() }} or
 * {@code properties([perftrackerBuildTimeOptOut()])}); the {@code perftrackerBuildTime} step still records.
 */
public class BuildTimeOptOut extends OptionalJobProperty<Job<?, ?>> {
    @DataBoundConstructor
    public BuildTimeOptOut() {
        super();
    }

    /** Whether the job's builds are left out of automatic collection. */
    public static boolean isOptedOut(final Job<?, ?> job) {
        return job.getProperty(BuildTimeOptOut.class) != null;
    }

    @Extension
    @Symbol("perftrackerBuildTimeOptOut")
    public static class DescriptorImpl extends OptionalJobPropertyDescriptor {
        @Override
        public String getDisplayName() {
            return Messages.BuildTimeOptOut_displayName();
        }
    }
}
