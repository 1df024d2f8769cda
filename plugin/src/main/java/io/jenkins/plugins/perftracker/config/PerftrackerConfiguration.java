package io.jenkins.plugins.perftracker.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.publish.ChangePoints;
import io.jenkins.plugins.perftracker.core.publish.PublishPolicy;

/**
 * Controller-wide defaults (Manage Jenkins » System, and configuration as code under
 * {@code unclassified: perftracker:}): the baseline and thresholds a publish uses when it sets none, how many
 * builds the trend charts show, and whether new regressions are mailed.
 */
@Extension
@Symbol("perftracker")
public class PerftrackerConfiguration extends GlobalConfiguration {
    private String baseline = "previous";
    private double unstableThreshold;
    private double failureThreshold;
    private int trendBuilds = 100;
    private boolean mailRegressions;
    private String changePointMode = "robust";
    private int indexBuilds;

    public PerftrackerConfiguration() {
        load();
    }

    public static PerftrackerConfiguration get() {
        return ExtensionList.lookupSingleton(PerftrackerConfiguration.class);
    }

    public String getBaseline() {
        return baseline;
    }

    @DataBoundSetter
    public void setBaseline(final String baseline) {
        this.baseline = Util.fixEmptyAndTrim(baseline) == null ? "previous" : baseline.strip();
        save();
    }

    public double getUnstableThreshold() {
        return unstableThreshold;
    }

    @DataBoundSetter
    public void setUnstableThreshold(final double unstableThreshold) {
        this.unstableThreshold = Math.max(0, unstableThreshold);
        save();
    }

    public double getFailureThreshold() {
        return failureThreshold;
    }

    @DataBoundSetter
    public void setFailureThreshold(final double failureThreshold) {
        this.failureThreshold = Math.max(0, failureThreshold);
        save();
    }

    /** How many recent builds trend charts and regression views read from the index (10–10,000). */
    public int getTrendBuilds() {
        return trendBuilds;
    }

    @DataBoundSetter
    public void setTrendBuilds(final int trendBuilds) {
        this.trendBuilds = Math.max(10, Math.min(10_000, trendBuilds));
        save();
    }

    /**
     * Retention: how many of a job's newest builds its series index keeps (0 = all). Older builds drop out of
     * trends and baselines; their records stay with the builds (Jenkins' build discarder governs those), so an
     * index rebuild brings them back.
     */
    public int getIndexBuilds() {
        return indexBuilds;
    }

    @DataBoundSetter
    public void setIndexBuilds(final int indexBuilds) {
        this.indexBuilds = Math.max(0, indexBuilds);
        save();
    }

    public boolean isMailRegressions() {
        return mailRegressions;
    }

    @DataBoundSetter
    public void setMailRegressions(final boolean mailRegressions) {
        this.mailRegressions = mailRegressions;
        save();
    }

    /**
     * robust (default: holds its false-alarm rate on Gaussian and heavy-tailed series alike), calibrated, rank
     * (heavy-tailed series such as latencies) or otava (Otava's own figures).
     */
    public String getChangePointMode() {
        return changePointMode == null ? "robust" : changePointMode;
    }

    @DataBoundSetter
    public void setChangePointMode(final String changePointMode) {
        ChangePoints.detector(changePointMode);
        this.changePointMode = Util.fixEmptyAndTrim(changePointMode) == null ? "robust" : changePointMode.strip();
        save();
    }

    /** The change-point detector of the chosen mode, for trends, regression tags and the change-point baseline. */
    public ChangePointDetector detector() {
        return ChangePoints.detector(getChangePointMode());
    }

    @POST
    public ListBoxModel doFillChangePointModeItems() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        ListBoxModel items = new ListBoxModel();
        items.add("Robust: any noise, Gaussian or heavy-tailed (default)", "robust");
        items.add("Calibrated E-divisive", "calibrated");
        items.add("Rank-based, for heavy-tailed series such as latencies", "rank");
        items.add("Apache Otava's own figures", "otava");
        return items;
    }

    /** The baseline a publish uses: its own when set, else this default. */
    public String baselineFor(final String fromStep) {
        return Util.fixEmptyAndTrim(fromStep) == null ? baseline : fromStep;
    }

    /** A threshold a publish uses: its own when set (above 0), else this default. */
    public static double thresholdFor(final double fromStep, final double byDefault) {
        return fromStep > 0 ? fromStep : byDefault;
    }

    @POST
    public FormValidation doCheckBaseline(@QueryParameter final String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        try {
            PublishPolicy.baseline(value);
            return FormValidation.ok();
        }
        catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.PerftrackerConfiguration_displayName();
    }
}
