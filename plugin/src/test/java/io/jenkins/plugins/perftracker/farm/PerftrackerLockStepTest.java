package io.jenkins.plugins.perftracker.farm;

import java.util.List;

import hudson.model.Result;
import org.jenkins.plugins.lockableresources.LockableResource;
import org.jenkins.plugins.lockableresources.LockableResourcesManager;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

import io.jenkins.plugins.perftracker.core.farm.FarmHostTable;
import io.jenkins.plugins.perftracker.core.farm.FarmLock;
import io.jenkins.plugins.perftracker.core.farm.FarmLockManager;
import io.jenkins.plugins.perftracker.core.farm.LockConflictException;
import io.jenkins.plugins.perftracker.core.farm.LockRequest;

import static io.jenkins.plugins.perftracker.farm.FarmTesting.*;
import static org.assertj.core.api.Assertions.*;

/** {@code perftrackerLock}: FIFO waiting, release on abort and failure, skipIfLocked, labels, Lockable Resources. */
@WithJenkins
class PerftrackerLockStepTest {
    @Test
    void shouldGrantWaitingPipelinesInTheOrderTheyCame(final JenkinsRule j) throws Exception {
        hosts("db", "db1");
        FarmLock maintenance = uiLock("BIOS update", "db1");

        WorkflowRun first = start(j, "first", "perftrackerLock(hosts: ['db1'], title: 'A') { echo \"A on ${env.PERFTRACKER_HOSTS}\" }");
        j.waitForMessage("perftrackerLock: waiting for host 'db1' (place 1 in the queue)", first);
        WorkflowRun second = start(j, "second", "perftrackerLock(hosts: ['db1'], title: 'B') { echo 'B' }");
        j.waitForMessage("(place 2 in the queue)", second);

        FarmService.get().manager().unlock(maintenance.getId());
        finish(j, first, Result.SUCCESS);
        finish(j, second, Result.SUCCESS);

        j.assertLogContains("A on db1", first);
        List<FarmLock> locks = FarmService.get().manager().snapshot().getLocks();
        assertThat(locks).extracting(FarmLock::getTitle).containsExactly("BIOS update", "A", "B");
        assertThat(FarmService.get().manager().activeLock("db1")).isEmpty();
    }

    @Test
    void shouldReleaseOnFailureAndOnAbort(final JenkinsRule j) throws Exception {
        hosts("db", "db1");

        WorkflowRun failing = start(j, "failing", "perftrackerLock(hosts: ['db1']) { error 'benchmark crashed' }");
        finish(j, failing, Result.FAILURE);
        assertThat(FarmService.get().manager().activeLock("db1")).isEmpty();

        WorkflowRun aborted = start(j, "aborted", "perftrackerLock(hosts: ['db1']) { sleep 300 }");
        j.waitForMessage("perftrackerLock: locked db1", aborted);
        assertThat(FarmService.get().manager().activeLock("db1")).isPresent();
        aborted.doStop();
        finish(j, aborted, Result.ABORTED);
        assertThat(FarmService.get().manager().activeLock("db1")).isEmpty();
    }

    @Test
    void shouldLeaveTheQueueWhenAbortedWhileWaiting(final JenkinsRule j) throws Exception {
        hosts("db", "db1");
        FarmLock held = uiLock("debug", "db1");

        WorkflowRun waiting = start(j, "waiting", "perftrackerLock(hosts: ['db1']) { echo 'never' }");
        j.waitForMessage("waiting for host 'db1'", waiting);
        waiting.doStop();
        finish(j, waiting, Result.ABORTED);
        FarmService.get().manager().unlock(held.getId());

        assertThat(FarmService.get().manager().queue()).isEmpty();
        assertThat(FarmService.get().manager().activeLock("db1")).isEmpty();
        j.assertLogNotContains("never", waiting);
    }

    @Test
    void shouldSkipTheBlockWhenAskedAndTheHostIsTaken(final JenkinsRule j) throws Exception {
        hosts("db", "db1");
        uiLock("debug", "db1");

        WorkflowRun run = start(j, "skip", "perftrackerLock(hosts: ['db1'], skipIfLocked: true) { error 'must not run' }\n"
                + "echo 'after the block'");
        finish(j, run, Result.SUCCESS);

        j.assertLogContains("host 'db1' is not free; skipping the block", run);
        j.assertLogContains("after the block", run);
    }

    @Test
    void shouldTakeTheQuantityOfHostsWithALabelAndRefuseWhatCanNeverBeGiven(final JenkinsRule j) throws Exception {
        hosts("db", "db1", "db2", "db3");

        WorkflowRun two = start(j, "two", "perftrackerLock(label: 'db', quantity: 2, duration: '2h') {\n"
                + "  echo \"got ${env.PERFTRACKER_HOSTS} first ${env.PERFTRACKER_HOST0}\"\n}");
        finish(j, two, Result.SUCCESS);
        j.assertLogContains("got db1||db2 first db1", two);
        FarmLock lock = FarmService.get().manager().snapshot().getLocks().get(0);
        assertThat(lock.getPlannedHours()).isEqualTo(2);
        assertThat(lock.getType()).isEqualTo("Autotest");

        WorkflowRun four = start(j, "four", "perftrackerLock(label: 'db', quantity: 4) { echo 'x' }");
        finish(j, four, Result.FAILURE);
        j.assertLogContains("Only 3 hosts match label 'db', 4 wanted", four);
    }

    @Test
    void shouldReserveTheLockableResourceAndRespectReservationsMadeThere(final JenkinsRule j) throws Exception {
        hosts("db", "db1", "db2");
        LockableResourcesManager resources = LockableResourcesManager.get();
        LockableResource db1 = resource(resources, "db1");
        assertThat(db1.getLabelsAsList()).contains(LockableResourcesBridge.LABEL, "db");

        FarmLock farmLock = uiLock("nightly perf", "db1");
        assertThat(db1.isReserved()).isTrue();
        assertThat(db1.getReservedBy()).isEqualTo(LockableResourcesBridge.RESERVED_BY);
        FarmService.get().manager().unlock(farmLock.getId());
        assertThat(db1.isReserved()).isFalse();

        LockableResource db2 = resource(resources, "db2");
        resources.reserve(List.of(db2), "bob");
        FarmLockManager farm = FarmService.get().manager();
        assertThatThrownBy(() -> farm.lock(LockRequest.manual("x", "admin"), List.of("db2")))
                .isInstanceOf(LockConflictException.class)
                .hasMessage("Host 'db2' is held outside the farm: reserved in Lockable Resources by bob");
        assertThat(new FarmPage().getRows(null)).filteredOn(r -> r.name().equals("db2"))
                .extracting(FarmHostTable.Row::heldOutside).containsExactly("reserved in Lockable Resources by bob");

        WorkflowRun waiting = start(j, "waits", "perftrackerLock(hosts: ['db2']) { echo 'got db2' }");
        j.waitForMessage("waiting for host 'db2'", waiting);
        resources.unreserve(List.of(db2));
        new FarmSweep().doRun(); // the periodic sweep notices the reservation is gone
        finish(j, waiting, Result.SUCCESS);
        j.assertLogContains("got db2", waiting);
    }

    private static LockableResource resource(final LockableResourcesManager resources, final String name) {
        return resources.getResources().stream().filter(r -> r.getName().equals(name)).findFirst().orElseThrow();
    }
}
