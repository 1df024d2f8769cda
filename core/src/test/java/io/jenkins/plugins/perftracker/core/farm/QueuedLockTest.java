package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Requests that wait without a thread (the plugin's {@code perftrackerLock} step), in the same FIFO queue. */
class QueuedLockTest {
    private final MutableClock clock = new MutableClock(Farms.T0);
    private final FarmLockManager farm = Farms.withHosts(clock, 3);
    private final List<String> granted = new CopyOnWriteArrayList<>();

    private WaitTicket enqueue(final String title, final HostDemand demand) {
        return farm.enqueue(demand, LockRequest.automatic(title, "jenkins"), clock.instant(),
                lock -> granted.add(title + " " + lock.getHosts()));
    }

    @Test
    void shouldGrantAtOnceWhenTheHostsAreFree() {
        WaitTicket ticket = enqueue("perf", HostDemand.of(HostSelector.withLabel("x86"), 2));

        assertThat(granted).containsExactly("perf [s1, s2]");
        assertThat(ticket.getGranted()).map(FarmLock::getHosts).contains(List.of("s1", "s2"));
        assertThat(ticket.position()).isZero();
        assertThat(farm.activeLock("s2")).isEqualTo(ticket.getGranted());
    }

    @Test
    void shouldGrantWaitersInTheOrderTheyQueuedWhenAHostIsFreed() {
        FarmLock ui = farm.lock(LockRequest.manual("BIOS update", "admin"), List.of("s1"));
        WaitTicket first = enqueue("first", HostDemand.hosts(List.of("s1")));
        clock.advance(Duration.ofSeconds(1));
        WaitTicket second = enqueue("second", HostDemand.hosts(List.of("s1")));

        assertThat(granted).isEmpty();
        assertThat(first.position()).isEqualTo(1);
        assertThat(second.position()).isEqualTo(2);
        assertThat(farm.tryLock(HostDemand.hosts(List.of("s1")), LockRequest.manual("x", "y"))).isEmpty();

        farm.unlock(ui.getId());
        assertThat(granted).containsExactly("first [s1]");
        first.getGranted().ifPresent(lock -> farm.unlock(lock.getId()));
        assertThat(granted).containsExactly("first [s1]", "second [s1]");
    }

    @Test
    void shouldNotLetAThreadWaiterOvertakeAQueuedRequest() throws InterruptedException {
        FarmLock ui = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1", "s2", "s3"));
        enqueue("queued", HostDemand.hosts(List.of("s1")));

        assertThat(farm.tryAcquire(HostSelector.named("s1"), LockRequest.automatic("late", "ci"))).isEmpty();
        farm.unlock(ui.getId());

        assertThat(granted).containsExactly("queued [s1]");
        assertThat(farm.tryAcquire(HostSelector.withLabel("x86"), LockRequest.automatic("late", "ci")))
                .map(HostLease::getHostName).contains("s2");
    }

    @Test
    void shouldLeaveTheQueueOnCancelAndFreeAGrantedLock() {
        FarmLock ui = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));
        WaitTicket aborted = enqueue("aborted", HostDemand.hosts(List.of("s1")));
        aborted.cancel();
        farm.unlock(ui.getId());
        assertThat(granted).isEmpty();
        assertThat(farm.queue()).isEmpty();

        WaitTicket done = enqueue("done", HostDemand.hosts(List.of("s1")));
        done.cancel(); // granted at once: cancel ends the lock
        assertThat(farm.activeLock("s1")).isEmpty();
    }

    @Test
    void shouldShowAUserOnlyTheWaitingRequestsOfHostsTheyMaySee() {
        FarmLock ui = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1", "s2", "s3"));
        enqueue("secret project on s1", HostDemand.hosts(List.of("s1")));
        enqueue("any x86", HostDemand.of(HostSelector.withLabel("x86"), 1));
        enqueue("both", HostDemand.hosts(List.of("s1", "s2")));

        assertThat(farm.queue(host -> !host.equals("s1"))).extracting(FarmLockManager.QueuedRequest::title)
                .containsExactly("any x86");
        assertThat(farm.queue()).hasSize(3);
        farm.unlock(ui.getId());
    }

    @Test
    void shouldKeepAResumedRequestAheadOfNewcomers() {
        FarmLock ui = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));
        clock.advance(Duration.ofMinutes(10));
        enqueue("newcomer", HostDemand.hosts(List.of("s1")));
        farm.enqueue(HostDemand.hosts(List.of("s1")), LockRequest.automatic("resumed", "jenkins"),
                Farms.T0.plusSeconds(1), lock -> granted.add("resumed"));

        assertThat(farm.queue()).extracting(FarmLockManager.QueuedRequest::title).containsExactly("resumed", "newcomer");
        farm.unlock(ui.getId());
        assertThat(granted).containsExactly("resumed");
    }

    @Test
    void shouldRefuseAtOnceWhatWaitingCouldNeverGive() {
        assertThatThrownBy(() -> enqueue("x", HostDemand.hosts(List.of("s1", "s9"))))
                .hasMessage("Unknown host 's9'");
        assertThatThrownBy(() -> enqueue("x", HostDemand.of(HostSelector.withLabel("x86"), 4)))
                .hasMessage("Only 3 hosts match label 'x86', 4 wanted");
        assertThatThrownBy(() -> enqueue("x", HostDemand.of(HostSelector.withLabel("arm"), 1)))
                .hasMessage("No host matches label 'arm'");
        assertThatThrownBy(() -> farm.enqueue(HostDemand.hosts(List.of("s1")),
                LockRequest.automatic("x", "y").withType("Nope"), clock.instant(), l -> { }))
                .hasMessage("Unknown lock type 'Nope'");
        assertThatThrownBy(() -> HostDemand.of(HostSelector.withLabel("x86"), 0)).hasMessageContaining("quantity");
        assertThat(HostDemand.of(HostSelector.withLabel("x86"), 2).describe()).isEqualTo("2 hosts with label 'x86'");
        assertThat(HostDemand.hosts(List.of("s2", "s1")).describe()).isEqualTo("hosts 's1', 's2'");
    }

    @Test
    void shouldTreatAHostHeldOutsideTheFarmAsBusyUntilItIsReleased() {
        Map<String, String> lockableResources = new ConcurrentHashMap<>(Map.of("s1", "locked by job #4"));
        farm.setExternalHolds(host -> Optional.ofNullable(lockableResources.get(host)));

        assertThatThrownBy(() -> farm.lock(LockRequest.manual("x", "y"), List.of("s1")))
                .isInstanceOf(LockConflictException.class)
                .hasMessage("Host 's1' is held outside the farm: locked by job #4");
        enqueue("waits", HostDemand.hosts(List.of("s1")));
        assertThat(granted).isEmpty();

        lockableResources.clear();
        farm.expire(); // the periodic sweep notices
        assertThat(granted).containsExactly("waits [s1]");
    }

    @Test
    void shouldDeliverGrantsAfterTheLockIsReleasedSoACallbackMayCallTheManager() {
        List<Optional<FarmLock>> seen = new ArrayList<>();
        farm.enqueue(HostDemand.hosts(List.of("s1")), LockRequest.automatic("t", "o"), clock.instant(),
                lock -> seen.add(farm.activeLock("s1")));

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0)).map(FarmLock::getTitle).contains("t");
    }
}
