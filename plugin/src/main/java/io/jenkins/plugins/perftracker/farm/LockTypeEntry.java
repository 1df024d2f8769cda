package io.jenkins.plugins.perftracker.farm;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

import io.jenkins.plugins.perftracker.core.farm.LockType;

/** One lock type as configured (Manage Jenkins » System, or JCasC); the engine's {@link LockType} checks it. */
public class LockTypeEntry extends AbstractDescribableImpl<LockTypeEntry> {
    private final String name;
    private String background = "#777";
    private String foreground = "#fff";
    private int order = 10;
    private boolean outOfService;
    private boolean expiring;

    @DataBoundConstructor
    public LockTypeEntry(final String name) {
        this.name = name;
    }

    static LockTypeEntry of(final String name, final String background, final String foreground, final int order,
            final boolean outOfService, final boolean expiring) {
        LockTypeEntry entry = new LockTypeEntry(name);
        entry.background = background;
        entry.foreground = foreground;
        entry.order = order;
        entry.outOfService = outOfService;
        entry.expiring = expiring;
        return entry;
    }

    /** The engine's value; throws with the field name when a value is not accepted. */
    LockType toLockType() {
        return LockType.of(name, background, foreground).withOrder(order).withOutOfService(outOfService)
                .withExpiring(expiring);
    }

    public String getName() {
        return name;
    }

    public String getBackground() {
        return background;
    }

    @DataBoundSetter
    public void setBackground(final String background) {
        this.background = background;
    }

    public String getForeground() {
        return foreground;
    }

    @DataBoundSetter
    public void setForeground(final String foreground) {
        this.foreground = foreground;
    }

    public int getOrder() {
        return order;
    }

    @DataBoundSetter
    public void setOrder(final int order) {
        this.order = order;
    }

    public boolean isOutOfService() {
        return outOfService;
    }

    @DataBoundSetter
    public void setOutOfService(final boolean outOfService) {
        this.outOfService = outOfService;
    }

    public boolean isExpiring() {
        return expiring;
    }

    @DataBoundSetter
    public void setExpiring(final boolean expiring) {
        this.expiring = expiring;
    }

    @Extension
    @Symbol("lockType")
    public static class DescriptorImpl extends Descriptor<LockTypeEntry> {
        @Override
        public String getDisplayName() {
            return Messages.LockTypeEntry_displayName();
        }

        @POST
        public FormValidation doCheckBackground(@QueryParameter final String value) {
            return FarmForms.checkColour(value);
        }

        @POST
        public FormValidation doCheckForeground(@QueryParameter final String value) {
            return FarmForms.checkColour(value);
        }
    }
}
