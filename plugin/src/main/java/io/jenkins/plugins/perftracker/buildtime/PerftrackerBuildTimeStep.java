package io.jenkins.plugins.perftracker.buildtime;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

import io.jenkins.plugins.perftracker.core.buildtime.imports.BuildTimeFiles;
import io.jenkins.plugins.perftracker.core.buildtime.imports.MatrixText;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

/**
 * {@code perftrackerBuildTime}: records the build's times now (its flow graph so far, for jobs that opted out
 * of automatic collection or to record a matrix cell) and imports build-time files read on the agent:
 * Buildtime Trend's timestamp CSV and buildtimes.xml, and Travis CI logs. Returns the number of records.
 */
public class PerftrackerBuildTimeStep extends Step implements Serializable {
    private static final long serialVersionUID = 1L;

    private String files = "";
    private String format = "auto";
    private String matrix = "";
    private boolean stages = true;

    @DataBoundConstructor
    public PerftrackerBuildTimeStep() {
        super();
    }

    @Override
    public StepExecution start(final StepContext context) {
        return new BuildTimeStepExecution(context, this);
    }

    /** Comma-separated Ant globs of build-time files in the workspace; empty to import none. */
    public String getFiles() {
        return files;
    }

    @DataBoundSetter
    public void setFiles(final String files) {
        this.files = Util.fixNull(files).strip();
    }

    /** {@code auto} (by extension), {@code csv}, {@code xml} or {@code travis}. */
    public String getFormat() {
        return format;
    }

    @DataBoundSetter
    public void setFormat(final String format) {
        String chosen = Util.fixEmptyAndTrim(format) == null ? "auto" : format.strip();
        if (!BuildTimeFiles.FORMATS.contains(chosen)) {
            throw new IllegalArgumentException("format: one of " + String.join(", ", BuildTimeFiles.FORMATS)
                    + " expected but was " + format);
        }
        this.format = chosen;
    }

    /** The matrix cell as {@code axis=value} pairs ({@code os=linux, jdk=17}); a Pipeline may pass a map. */
    public String getMatrix() {
        return matrix;
    }

    @DataBoundSetter
    public void setMatrix(final String matrix) {
        MatrixText.parse(matrix);
        this.matrix = Util.fixNull(matrix).strip();
    }

    /** Whether the record includes the flow graph's stages (default true). */
    public boolean isStages() {
        return stages;
    }

    @DataBoundSetter
    public void setStages(final boolean stages) {
        this.stages = stages;
    }

    @Extension
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "perftrackerBuildTime";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PerftrackerBuildTimeStep_displayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        /** Accepts {@code matrix: [os: 'linux']} as well as the text form. */
        @Override
        public Step newInstance(final Map<String, Object> arguments) throws Exception {
            Map<String, Object> copy = new HashMap<>(arguments);
            if (copy.get("matrix") instanceof Map) {
                copy.put("matrix", MatrixText.format((Map<?, ?>) copy.get("matrix")));
            }
            return super.newInstance(copy);
        }

        @POST
        public ListBoxModel doFillFormatItems() {
            ListBoxModel items = new ListBoxModel();
            for (String format : BuildTimeFiles.FORMATS) {
                items.add(format);
            }
            return items;
        }

        @POST
        public FormValidation doCheckMatrix(@QueryParameter final String value) {
            try {
                MatrixText.parse(value);
                return FormValidation.ok();
            }
            catch (InvalidValueException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
