package io.jenkins.plugins.perftracker.steps;

import java.io.IOException;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.tasks.Recorder;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

import io.jenkins.plugins.perftracker.publish.PublishOutcome;
import io.jenkins.plugins.perftracker.publish.ResultPublisher;

/**
 * The freestyle form of {@code perftrackerPublish}: a post-build action with the same options (kept in one
 * {@link PublishOptions}), which sets the build result the quality gates ask for.
 */
public class PerftrackerRecorder extends Recorder implements SimpleBuildStep {
    private final PublishOptions options = new PublishOptions();

    @DataBoundConstructor
    public PerftrackerRecorder(final String results) {
        options.setResults(results);
    }

    @Override
    public void perform(@NonNull final Run<?, ?> run, @NonNull final FilePath workspace, @NonNull final EnvVars env,
            @NonNull final Launcher launcher, @NonNull final TaskListener listener)
            throws InterruptedException, IOException {
        PublishOutcome outcome = new ResultPublisher(run, listener).publish(workspace, launcher, options);
        if (outcome.result().isWorseThan(Result.SUCCESS)) {
            run.setResult(outcome.result());
        }
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    public String getResults() {
        return options.getResults();
    }

    public String getFormat() {
        return options.getFormat();
    }

    @DataBoundSetter
    public void setFormat(final String format) {
        options.setFormat(format);
    }

    public String getTitle() {
        return options.getTitle();
    }

    @DataBoundSetter
    public void setTitle(final String title) {
        options.setTitle(title);
    }

    public String getProduct() {
        return options.getProduct();
    }

    @DataBoundSetter
    public void setProduct(final String product) {
        options.setProduct(product);
    }

    public String getProductVersion() {
        return options.getProductVersion();
    }

    @DataBoundSetter
    public void setProductVersion(final String productVersion) {
        options.setProductVersion(productVersion);
    }

    public String getSuite() {
        return options.getSuite();
    }

    @DataBoundSetter
    public void setSuite(final String suite) {
        options.setSuite(suite);
    }

    public String getSuiteVersion() {
        return options.getSuiteVersion();
    }

    @DataBoundSetter
    public void setSuiteVersion(final String suiteVersion) {
        options.setSuiteVersion(suiteVersion);
    }

    public String getRegressionTag() {
        return options.getRegressionTag();
    }

    @DataBoundSetter
    public void setRegressionTag(final String regressionTag) {
        options.setRegressionTag(regressionTag);
    }

    public String getLinks() {
        return options.getLinks();
    }

    @DataBoundSetter
    public void setLinks(final String links) {
        options.setLinks(links);
    }

    public String getEnv() {
        return options.getEnv();
    }

    @DataBoundSetter
    public void setEnv(final String env) {
        options.setEnv(env);
    }

    public String getArtifacts() {
        return options.getArtifacts();
    }

    @DataBoundSetter
    public void setArtifacts(final String artifacts) {
        options.setArtifacts(artifacts);
    }

    public String getBaseline() {
        return options.getBaseline();
    }

    @DataBoundSetter
    public void setBaseline(final String baseline) {
        options.setBaseline(baseline);
    }

    public double getUnstableThreshold() {
        return options.getUnstableThreshold();
    }

    @DataBoundSetter
    public void setUnstableThreshold(final double unstableThreshold) {
        options.setUnstableThreshold(unstableThreshold);
    }

    public double getFailureThreshold() {
        return options.getFailureThreshold();
    }

    @DataBoundSetter
    public void setFailureThreshold(final double failureThreshold) {
        options.setFailureThreshold(failureThreshold);
    }

    public boolean isAllowEmptyResults() {
        return options.isAllowEmptyResults();
    }

    @DataBoundSetter
    public void setAllowEmptyResults(final boolean allowEmptyResults) {
        options.setAllowEmptyResults(allowEmptyResults);
    }

    /** The post-build action's name, its form helpers shared with the step. */
    @Extension
    @Symbol("perftracker")
    public static class DescriptorImpl extends BuildStepDescriptor<Publisher> {
        /** The form is the step's (config.jelly includes it), and so is the help of each field. */
        public DescriptorImpl() {
            for (String field : PublishForm.FIELDS) {
                addHelpFileRedirect(field, PerftrackerPublishStep.class, field);
            }
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PerftrackerRecorder_displayName();
        }

        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(final Class<? extends AbstractProject> jobType) {
            return true;
        }

        @POST
        public ListBoxModel doFillFormatItems() {
            return PublishForm.formats();
        }

        @POST
        public FormValidation doCheckResults(@AncestorInPath final Item item, @QueryParameter final String value) {
            return PublishForm.checkResults(item, value);
        }

        @POST
        public FormValidation doCheckBaseline(@AncestorInPath final Item item, @QueryParameter final String value) {
            return PublishForm.checkBaseline(item, value);
        }

        @POST
        public FormValidation doCheckLinks(@AncestorInPath final Item item, @QueryParameter final String value) {
            return PublishForm.checkLinks(item, value);
        }
    }
}
