package io.jenkins.plugins.perftracker.farm;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import hudson.Extension;
import hudson.Util;
import hudson.model.Computer;
import hudson.model.Node;
import hudson.model.User;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerProxy;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.interceptor.RequirePOST;

import io.jenkins.plugins.perftracker.core.farm.FarmException;
import io.jenkins.plugins.perftracker.core.farm.FarmHostTable;
import io.jenkins.plugins.perftracker.core.farm.FarmLock;
import io.jenkins.plugins.perftracker.core.farm.FarmLockManager;
import io.jenkins.plugins.perftracker.core.farm.FarmSnapshot;
import io.jenkins.plugins.perftracker.core.farm.FarmTimelineBuilder;
import io.jenkins.plugins.perftracker.core.farm.LockEdit;
import io.jenkins.plugins.perftracker.core.farm.LockRequest;
import io.jenkins.plugins.perftracker.root.RootPage;

/**
 * {@code /perftracker/farm}: the hosts table, the timeline, the queue and the history, filtered by label.
 * Reading needs Overall/Read and shows only hosts of agents the user may see; locking, extending, unlocking
 * and adding hosts need Farm/Lock and POST. Errors come back to the page as {@code ?error=…} (shown escaped).
 */
@Extension
public class FarmPage extends RootPage implements StaplerProxy {
    static final int HISTORY_ROWS = 100;

    @Override
    public String getUrlName() {
        return "farm";
    }

    @Override
    public String getDisplayName() {
        return Messages.FarmPage_displayName();
    }

    @Override
    public Object getTarget() {
        Jenkins.get().checkPermission(Jenkins.READ);
        return this;
    }

    private static FarmLockManager farm() {
        return FarmService.get().manager();
    }

    /** The farm as the current user sees it. */
    private static FarmSnapshot visibleFarm() {
        return farm().snapshot().visibleTo(FarmPage::isVisible);
    }

    /** A host of an agent is visible when the user may read that agent; other hosts to every reader. */
    static boolean isVisible(final String host) {
        Node node = Jenkins.get().getNode(host);
        if (node == null) {
            return true;
        }
        Computer computer = node.toComputer();
        return computer == null ? node.hasPermission(Jenkins.READ) : computer.hasPermission(Jenkins.READ);
    }

    public List<FarmHostTable.Row> getRows(final String label) {
        return FarmHostTable.rows(visibleFarm(), Optional.ofNullable(Util.fixEmptyAndTrim(label)),
                ZoneId.systemDefault(), host -> farm().externalHolder(host));
    }

    public List<String> getLabels() {
        return FarmHostTable.labels(visibleFarm());
    }

    public List<FarmHostTable.Ended> getHistory() {
        return FarmHostTable.history(visibleFarm(), ZoneId.systemDefault(), HISTORY_ROWS);
    }

    public List<FarmLockManager.QueuedRequest> getQueue() {
        return farm().queue(FarmPage::isVisible);
    }

    public List<LockTypeEntry> getLockTypes() {
        return FarmConfiguration.get().getLockTypes();
    }

    public boolean isCanLock() {
        return Jenkins.get().hasPermission(FarmPermissions.LOCK);
    }

    /** {@code timeline}: the engine's timeline model of the visible hosts (JSON, for timeline.js). */
    public void doTimeline(final StaplerResponse2 rsp) throws IOException {
        rsp.setContentType("application/json;charset=UTF-8");
        rsp.setHeader("Cache-Control", "no-cache");
        rsp.getWriter().write(new FarmTimelineBuilder(ZoneId.systemDefault()).build(visibleFarm()).toJson());
    }

    /** Locks hosts (blank- or comma-separated) for the current user; fails if one is held. */
    @RequirePOST
    public HttpResponse doLock(@QueryParameter final String hosts, @QueryParameter final String title,
            @QueryParameter final String type, @QueryParameter final int hours) {
        Jenkins.get().checkPermission(FarmPermissions.LOCK);
        List<String> names = FarmForms.words(Util.fixNull(hosts).replace(',', ' '));
        return act(() -> {
            names.forEach(FarmPage::requireVisible);
            farm().lock(LockRequest.manual(title, userName()).withType(Util.fixEmptyAndTrim(type) == null
                    ? io.jenkins.plugins.perftracker.core.farm.LockType.DEFAULT.getName() : type.strip())
                    .withPlannedHours(hours), names);
        });
    }

    /** Plans {@code hours} more for an active lock. */
    @RequirePOST
    public HttpResponse doExtend(@QueryParameter final long id, @QueryParameter final int hours) {
        Jenkins.get().checkPermission(FarmPermissions.LOCK);
        return act(() -> {
            FarmLock lock = requireVisibleLock(id);
            farm().update(id, LockEdit.none().withPlannedHours(lock.getPlannedHours() + hours));
        });
    }

    @RequirePOST
    public HttpResponse doUnlock(@QueryParameter final long id) {
        Jenkins.get().checkPermission(FarmPermissions.LOCK);
        return act(() -> farm().unlock(requireVisibleLock(id).getId()));
    }

    /** Adds or replaces a host that is not an agent (name, hostname, purpose, labels, credentials id). */
    @RequirePOST
    public HttpResponse doAddHost(@QueryParameter final String name, @QueryParameter final String hostname,
            @QueryParameter final String purpose, @QueryParameter final String labels,
            @QueryParameter final String credentialsId) {
        Jenkins.get().checkPermission(FarmPermissions.LOCK);
        return act(() -> {
            if (Jenkins.get().getNode(Util.fixNull(name).strip()) != null) {
                throw new FarmException("'" + name.strip() + "' is an agent: make it a host on its configuration page");
            }
            ExternalHost host = new ExternalHost(Util.fixNull(name).strip());
            host.setHostname(hostname);
            host.setPurpose(purpose);
            host.setLabels(labels);
            host.setCredentialsId(credentialsId);
            FarmConfiguration.get().putExternalHost(host);
        });
    }

    @RequirePOST
    public HttpResponse doRemoveHost(@QueryParameter final String name) {
        Jenkins.get().checkPermission(FarmPermissions.LOCK);
        return act(() -> FarmConfiguration.get().removeExternalHost(Util.fixNull(name).strip()));
    }

    private static void requireVisible(final String host) {
        if (!isVisible(host)) {
            throw new FarmException("Unknown host '" + host + "'");
        }
    }

    private static FarmLock requireVisibleLock(final long id) {
        FarmLock lock = farm().lockById(id).orElseThrow(() -> new FarmException("Unknown lock #" + id));
        lock.getHosts().forEach(FarmPage::requireVisible);
        return lock;
    }

    private static String userName() {
        User user = User.current();
        return user == null ? "anonymous" : user.getId();
    }

    /** Runs a change and goes back to the page, with the engine's message when it refused. */
    private static HttpResponse act(final Runnable change) {
        try {
            change.run();
            return HttpResponses.redirectTo(".");
        }
        catch (FarmException | IllegalArgumentException e) {
            return HttpResponses.redirectTo(".?error=" + Util.rawEncode(e.getMessage()));
        }
    }
}
