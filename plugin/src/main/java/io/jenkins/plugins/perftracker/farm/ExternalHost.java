package io.jenkins.plugins.perftracker.farm;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

import io.jenkins.plugins.perftracker.core.farm.FarmHost;

/**
 * A farm host that is not a Jenkins agent (a database box reached over SSH): added on the farm page or in
 * JCasC, with the id of the credentials used to reach it (never the secret itself).
 */
public class ExternalHost extends AbstractDescribableImpl<ExternalHost> {
    private final String name;
    private String hostname = "";
    private String purpose = "";
    private String labels = "";
    private String notes = "";
    private String credentialsId = "";

    @DataBoundConstructor
    public ExternalHost(final String name) {
        this.name = name;
    }

    /** The engine's host; throws naming the field when a value is not accepted. */
    FarmHost toFarmHost() {
        return FarmHost.builder(name).hostname(hostname).purpose(purpose).labels(FarmForms.words(labels))
                .notes(notes).sshCredentialsId(credentialsId).build();
    }

    public String getName() {
        return name;
    }

    public String getHostname() {
        return hostname;
    }

    @DataBoundSetter
    public void setHostname(final String hostname) {
        this.hostname = hostname == null ? "" : hostname.strip();
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

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(final String credentialsId) {
        this.credentialsId = credentialsId == null ? "" : credentialsId.strip();
    }

    @Extension
    @Symbol("farmHost")
    public static class DescriptorImpl extends Descriptor<ExternalHost> {
        @Override
        public String getDisplayName() {
            return Messages.ExternalHost_displayName();
        }
    }
}
