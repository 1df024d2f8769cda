package io.jenkins.plugins.perftracker.farm;

import java.util.Optional;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Node;
import hudson.slaves.NodeProperty;
import hudson.slaves.NodePropertyDescriptor;
import hudson.util.FormValidation;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

import io.jenkins.plugins.perftracker.core.farm.FarmHost;
import io.jenkins.plugins.perftracker.core.farm.FarmLock;
import io.jenkins.plugins.perftracker.core.farm.HostFacts;
import io.jenkins.plugins.perftracker.core.farm.HostHardware;

/**
 * "Performance farm host" on an agent's configuration page (and JCasC {@code perftrackerFarmHost}): makes the
 * agent a host of the hardware farm, with its purpose, extra labels and notes. Its summary shows the host's
 * lock on the agent's page.
 */
public class FarmHostProperty extends NodeProperty<Node> {
    private String purpose = "";
    private String labels = "";
    private String notes = "";

    @DataBoundConstructor
    public FarmHostProperty() {
        // everything is optional
    }

    /** The engine's host for this agent, with the hardware facts measured when it came online. */
    FarmHost toFarmHost(final String nodeName, @CheckForNull final HostFacts facts) {
        HostHardware hardware = facts == null ? HostHardware.UNKNOWN : facts.mergeInto(HostHardware.UNKNOWN);
        return FarmHost.builder(nodeName).hostname(facts == null ? "" : facts.getHostname()).purpose(purpose)
                .labels(FarmForms.words(labels)).notes(notes).hardware(hardware).build();
    }

    public String getPurpose() {
        return purpose;
    }

    @DataBoundSetter
    public void setPurpose(final String purpose) {
        this.purpose = purpose == null ? "" : purpose.strip();
    }

    public String getLabels() {
        return labels;
    }

    @DataBoundSetter
    public void setLabels(final String labels) {
        this.labels = labels == null ? "" : labels.strip();
    }

    public String getNotes() {
        return notes;
    }

    @DataBoundSetter
    public void setNotes(final String notes) {
        this.notes = notes == null ? "" : notes.strip();
    }

    /** For summary.jelly: the active lock of this agent's host. */
    public Optional<FarmLock> getActiveLock() {
        Node node = getNode();
        return node == null ? Optional.empty() : FarmService.get().manager().activeLock(node.getNodeName());
    }

    @CheckForNull
    private Node getNode() {
        return node;
    }

    /** For summary.jelly: the hardware facts of this agent, when it has been online. */
    @CheckForNull
    public HostFacts getFacts() {
        Node node = getNode();
        return node == null ? null : FarmService.get().facts(node.getNodeName()).orElse(null);
    }

    @Extension
    @Symbol("perftrackerFarmHost")
    public static class DescriptorImpl extends NodePropertyDescriptor {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.FarmHostProperty_displayName();
        }

        @POST
        public FormValidation doCheckLabels(@QueryParameter final String value) {
            Jenkins.get().checkPermission(Jenkins.MANAGE);
            return FarmForms.check(() -> FarmHost.builder("check").labels(FarmForms.words(value)).build());
        }
    }
}
