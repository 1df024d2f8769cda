package io.jenkins.plugins.perftracker.farm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

import io.jenkins.plugins.perftracker.core.farm.HostDemand;
import io.jenkins.plugins.perftracker.core.farm.PlannedDuration;

/**
 * {@code perftrackerLock(hosts: ['s1'] | label: 'x86', quantity: 1, type: 'Autotest', title: '…',
 * duration: '2h', skipIfLocked: false) { … }}: locks farm hosts for the block, waiting its turn (FIFO) without
 * an executor or a thread, and sets {@code PERFTRACKER_HOSTS} inside it.
 */
public class PerftrackerLockStep extends Step {
    /** The lock type pipelines use unless they name another (PerfTracker's "Autotest"). */
    static final String AUTOTEST = "Autotest";

    private List<String> hosts = new ArrayList<>();
    private String label = "";
    private int quantity = 1;
    private String type = "";
    private String title = "";
    private String duration = "";
    private boolean skipIfLocked;

    @DataBoundConstructor
    public PerftrackerLockStep() {
        // hosts or label are set by name
    }

    @Override
    public StepExecution start(final StepContext context) {
        HostDemand.from(hosts, label, quantity); // refuse bad arguments before the step starts
        PlannedDuration.hours(duration);
        return new PerftrackerLockStepExecution(this, context);
    }

    public List<String> getHosts() {
        return hosts;
    }

    @DataBoundSetter
    public void setHosts(final List<String> hosts) {
        this.hosts = hosts == null ? new ArrayList<>() : new ArrayList<>(hosts);
    }

    public String getLabel() {
        return label;
    }

    @DataBoundSetter
    public void setLabel(final String label) {
        this.label = label == null ? "" : label.strip();
    }

    public int getQuantity() {
        return quantity;
    }

    @DataBoundSetter
    public void setQuantity(final int quantity) {
        this.quantity = quantity;
    }

    public String getType() {
        return type;
    }

    @DataBoundSetter
    public void setType(final String type) {
        this.type = type == null ? "" : type.strip();
    }

    public String getTitle() {
        return title;
    }

    @DataBoundSetter
    public void setTitle(final String title) {
        this.title = title == null ? "" : title.strip();
    }

    public String getDuration() {
        return duration;
    }

    @DataBoundSetter
    public void setDuration(final String duration) {
        this.duration = duration == null ? "" : duration.strip();
    }

    public boolean isSkipIfLocked() {
        return skipIfLocked;
    }

    @DataBoundSetter
    public void setSkipIfLocked(final boolean skipIfLocked) {
        this.skipIfLocked = skipIfLocked;
    }

    @Extension
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "perftrackerLock";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PerftrackerLockStep_displayName();
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }
    }
}
