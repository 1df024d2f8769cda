package io.jenkins.plugins.perftracker.steps;

import java.io.Serializable;
import java.util.Set;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code perftrackerPublish}: reads benchmark and load-test results on the agent, records them on the build,
 * judges them against a baseline and returns a {@link PublishSummary} to the Pipeline. The options live in
 * {@link PublishOptions}; this class only binds them.
 */
public class PerftrackerPublishStep extends Step implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PublishOptions options = new PublishOptions();

    @DataBoundConstructor
    public PerftrackerPublishStep(final String results) {
        options.setResults(results);
    }

    PublishOptions getOptions() {
        return options;
    }

    @Override
    public StepExecution start(final StepContext context) {
        return new PublishStepExecution(context, options);
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

    /** The step's name and the context it needs: a workspace to read, and the stage node to mark. */
    @Extension
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "perftrackerPublish";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PerftrackerPublishStep_displayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, Launcher.class, TaskListener.class, FlowNode.class);
        }
    }
}
