package io.jenkins.plugins.perftracker.farm;

import java.util.List;
import java.util.Map;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Queue;
import hudson.model.queue.QueueTaskFuture;
import hudson.slaves.DumbSlave;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import io.jenkins.plugins.perftracker.core.farm.FarmLock;
import io.jenkins.plugins.perftracker.core.farm.LockRequest;

import static io.jenkins.plugins.perftracker.farm.FarmTesting.*;
import static org.assertj.core.api.Assertions.*;

/** Agents as hosts: the queue keeps builds off locked agents, maintenance takes them offline, permissions. */
@WithJenkins
class FarmAgentsTest {
    private static DumbSlave farmAgent(final JenkinsRule j) throws Exception {
        DumbSlave agent = j.createOnlineSlave();
        FarmHostProperty property = new FarmHostProperty();
        property.setPurpose("db perf");
        property.setLabels("x86");
        agent.getNodeProperties().add(property);
        j.jenkins.updateNode(agent);
        FarmService.get().agentsChanged();
        return agent;
    }

    @Test
    void shouldKeepABuildOffALockedAgentAndSayWhyInTheQueue(final JenkinsRule j) throws Exception {
        DumbSlave agent = j.createOnlineSlave();
        FarmHostProperty property = new FarmHostProperty();
        agent.getNodeProperties().add(property);
        j.jenkins.updateNode(agent);
        FarmService.get().agentsChanged();
        String host = agent.getNodeName();
        FarmLock lock = FarmService.get().manager().lock(LockRequest.manual("nightly perf", "admin")
                .withPlannedHours(0), List.of(host));

        FreeStyleProject project = j.createFreeStyleProject("bench");
        project.setAssignedNode(agent);
        QueueTaskFuture<FreeStyleBuild> build = project.scheduleBuild2(0);
        Queue.Item item = j.jenkins.getQueue().getItem(project);
        for (int i = 0; i < 50 && (item == null || item.getCauseOfBlockage() == null
                || !item.getCauseOfBlockage().getShortDescription().contains("locked")); i++) {
            j.jenkins.getQueue().maintain();
            Thread.sleep(100);
            item = j.jenkins.getQueue().getItem(project);
        }

        assertThat(item.getCauseOfBlockage().getShortDescription())
                .contains("host " + host + " is locked by 'nightly perf' until it is unlocked");
        FarmService.get().manager().unlock(lock.getId());
        j.assertBuildStatusSuccess(build);
    }

    @Test
    void shouldLetThePipelineHoldingTheLockRunOnTheAgent(final JenkinsRule j) throws Exception {
        DumbSlave agent = farmAgent(j);
        j.waitOnline(agent);

        org.jenkinsci.plugins.workflow.job.WorkflowRun run = start(j, "holder",
                "perftrackerLock(label: 'x86') { node(env.PERFTRACKER_HOSTS) { echo \"ran on ${env.NODE_NAME}\" } }");

        finish(j, run, hudson.model.Result.SUCCESS);
        j.assertLogContains("ran on " + agent.getNodeName(), run);
        assertThat(FarmService.get().manager().activeLock(agent.getNodeName())).isEmpty();
    }

    @Test
    void shouldTakeTheAgentOfflineDuringMaintenanceAndBringItBack(final JenkinsRule j) throws Exception {
        DumbSlave agent = j.createOnlineSlave();
        agent.getNodeProperties().add(new FarmHostProperty());
        j.jenkins.updateNode(agent);
        FarmService.get().agentsChanged();
        String host = agent.getNodeName();

        FarmLock maintenance = FarmService.get().manager().lock(LockRequest.manual("BIOS update", "admin")
                .withType("Maintenance").withPlannedHours(4), List.of(host));

        assertThat(agent.toComputer().isTemporarilyOffline()).isTrue();
        assertThat(agent.toComputer().getOfflineCause()).isInstanceOf(FarmOfflineCause.class);
        assertThat(agent.toComputer().getOfflineCause().toString())
                .startsWith("host " + host + " is out of service: 'BIOS update' until");

        FarmService.get().manager().unlock(maintenance.getId());
        assertThat(agent.toComputer().isTemporarilyOffline()).isFalse();
    }

    @Test
    void shouldLockOnlyWithThePermissionAndOnlyByPost(final JenkinsRule j) throws Exception {
        hosts("db", "db1");
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ).everywhere().to("reader", "locker")
                .grant(FarmPermissions.LOCK).everywhere().to("locker"));

        try (JenkinsRule.WebClient reader = j.createWebClient().login("reader")) {
            reader.setThrowExceptionOnFailingStatusCode(false);
            assertThat(post(reader, "perftracker/farm/lock?hosts=db1&title=x&hours=1")).isEqualTo(403);
        }
        try (JenkinsRule.WebClient locker = j.createWebClient().login("locker")) {
            locker.setThrowExceptionOnFailingStatusCode(false);
            assertThat(locker.goTo("perftracker/farm/lock?hosts=db1&title=x&hours=1").getWebResponse()
                    .getStatusCode()).isEqualTo(405);
            assertThat(FarmService.get().manager().activeLock("db1")).isEmpty();
            post(locker, "perftracker/farm/lock?hosts=db1&title=x&hours=1");
            assertThat(FarmService.get().manager().activeLock("db1")).map(FarmLock::getOwner).contains("locker");
        }
        assertThat(lockIsImpliedByComputerConfigure()).isTrue();
    }

    private static boolean lockIsImpliedByComputerConfigure() {
        return FarmPermissions.LOCK.impliedBy == hudson.model.Computer.CONFIGURE;
    }

    @Test
    void shouldShowOnlyHostsOfAgentsTheUserMaySee(final JenkinsRule j) throws Exception {
        DumbSlave agent = farmAgent(j);
        hosts("db", "db1");
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new AgentHidingStrategy(agent.getNodeName()));

        try (var ignored = hudson.security.ACL.as2(hudson.model.User.getById("reader", true).impersonate2())) {
            assertThat(new FarmPage().getRows(null)).extracting(r -> r.name()).containsExactly("db1");
        }
        assertThat(new FarmPage().getRows(null)).extracting(r -> r.name()).contains(agent.getNodeName(), "db1");
    }

    @Test
    void shouldOfferTheMeasuredHardwareForPublishedResults(final JenkinsRule j) throws Exception {
        DumbSlave agent = farmAgent(j);
        j.waitOnline(agent);
        new FarmComputerListener().onOnline(agent.toComputer(), j.createTaskListener());

        Map<String, String> env = FarmHardware.environmentOf(agent);
        assertThat(env).containsKeys("hostname", "cpu.count", "os", "kernel");
        assertThat(FarmService.get().manager().host(agent.getNodeName()).orElseThrow().getHardware().getCpus())
                .isPositive();
    }

    private static int post(final JenkinsRule.WebClient web, final String path) throws Exception {
        WebRequest request = new WebRequest(web.createCrumbedUrl(path), HttpMethod.POST);
        return web.getPage(request).getWebResponse().getStatusCode();
    }

    /** Everyone reads everything, except that "reader" may not see one agent at all. */
    private static final class AgentHidingStrategy extends MockAuthorizationStrategy {
        private final String hidden;

        AgentHidingStrategy(final String hidden) {
            this.hidden = hidden;
            grant(Jenkins.ADMINISTER).everywhere().to("admin");
            grant(Jenkins.READ).everywhere().to("reader");
        }

        @Override
        public hudson.security.ACL getACL(final hudson.model.Node node) {
            hudson.security.ACL root = getRootACL();
            return hudson.security.ACL.lambda2((who, permission) -> !(node.getNodeName().equals(hidden)
                    && "reader".equals(who.getName())) && root.hasPermission2(who, permission));
        }
    }
}
