package io.jenkins.plugins.perftracker.farm;

import java.util.ArrayList;
import java.util.List;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

import io.jenkins.plugins.perftracker.core.farm.HistoryPolicy;
import io.jenkins.plugins.perftracker.core.farm.LockType;

/**
 * The farm's settings (Manage Jenkins » System, JCasC {@code unclassified: perftrackerFarm:}): lock types with
 * PerfTracker's defaults, how long ended locks are kept, and the hosts that are not agents. Every change is
 * handed to the running farm at once.
 */
@Extension
@Symbol("perftrackerFarm")
public class FarmConfiguration extends GlobalConfiguration {
    private List<LockTypeEntry> lockTypes = defaultLockTypes();
    private int historyDays = HistoryPolicy.DEFAULT_DAYS;
    private List<ExternalHost> externalHosts = new ArrayList<>();

    public FarmConfiguration() {
        load();
    }

    public static FarmConfiguration get() {
        return ExtensionList.lookupSingleton(FarmConfiguration.class);
    }

    /** PerfTracker's types: its default, Autotest (pipelines), Manual test and Maintenance (out of service). */
    static List<LockTypeEntry> defaultLockTypes() {
        List<LockTypeEntry> types = new ArrayList<>();
        LockType d = LockType.DEFAULT;
        types.add(LockTypeEntry.of(d.getName(), d.getBackground(), d.getForeground(), 1, false, false));
        types.add(LockTypeEntry.of(PerftrackerLockStep.AUTOTEST, "#003399", "#ffffff", 2, false, false));
        types.add(LockTypeEntry.of("Manual test", "#996600", "#ffffff", 3, false, false));
        types.add(LockTypeEntry.of("Maintenance", "#cc0000", "#ffffff", 4, true, true));
        return types;
    }

    public List<LockTypeEntry> getLockTypes() {
        return lockTypes;
    }

    @DataBoundSetter
    public void setLockTypes(final List<LockTypeEntry> types) {
        List<LockTypeEntry> lockTypes = types == null ? List.of() : types;
        lockTypes.forEach(LockTypeEntry::toLockType); // refuse a bad colour before anything changes
        this.lockTypes = new ArrayList<>(lockTypes);
        save();
        FarmService.get().configurationChanged();
    }

    public int getHistoryDays() {
        return historyDays;
    }

    @DataBoundSetter
    public void setHistoryDays(final int historyDays) {
        historyPolicy(historyDays); // refuses 0 or more than ten years, naming the field
        this.historyDays = historyDays;
        save();
        FarmService.get().configurationChanged();
    }

    public List<ExternalHost> getExternalHosts() {
        return externalHosts;
    }

    @DataBoundSetter
    public void setExternalHosts(final List<ExternalHost> hosts) {
        List<ExternalHost> externalHosts = hosts == null ? List.of() : hosts;
        externalHosts.forEach(ExternalHost::toFarmHost);
        this.externalHosts = new ArrayList<>(externalHosts);
        save();
        FarmService.get().configurationChanged();
    }

    /** Adds or replaces one host that is not an agent (the farm page's form). */
    void putExternalHost(final ExternalHost host) {
        host.toFarmHost();
        List<ExternalHost> hosts = new ArrayList<>(externalHosts);
        hosts.removeIf(h -> h.getName().equals(host.getName()));
        hosts.add(host);
        setExternalHosts(hosts);
    }

    boolean removeExternalHost(final String name) {
        List<ExternalHost> hosts = new ArrayList<>(externalHosts);
        boolean removed = hosts.removeIf(h -> h.getName().equals(name));
        if (removed) {
            setExternalHosts(hosts);
        }
        return removed;
    }

    HistoryPolicy historyPolicy() {
        return historyPolicy(historyDays);
    }

    private static HistoryPolicy historyPolicy(final int days) {
        return HistoryPolicy.DEFAULT.withDays(days);
    }

    @POST
    public FormValidation doCheckHistoryDays(@QueryParameter final int value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FarmForms.check(() -> historyPolicy(value));
    }
}
