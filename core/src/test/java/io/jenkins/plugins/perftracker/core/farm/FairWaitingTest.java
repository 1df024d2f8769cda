package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Real threads queue for one host; each release hands it to the oldest waiter, and a timed-out waiter leaves. */
@Timeout(30)
class FairWaitingTest {
    private static final Duration LONG = Duration.ofSeconds(20);

    private final FarmLockManager farm = Farms.withHosts(new MutableClock(Farms.T0), 2);
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void shouldHandTheHostToWaitersInTheOrderTheyCame() throws Exception {
        HostLease held = farm.tryAcquire(HostSelector.named("s1"), request("holder")).orElseThrow();
        List<Future<HostLease>> waiters = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String title = "waiter " + i;
            waiters.add(pool.submit(() -> farm.acquire(HostSelector.named("s1"), request(title), LONG)));
            awaitWaiting(i + 1);
        }

        List<String> served = new ArrayList<>();
        held.close();
        for (Future<HostLease> waiter : waiters) {
            HostLease lease = waiter.get(10, TimeUnit.SECONDS);
            served.add(lease.getLock().getTitle());
            lease.close();
        }

        assertThat(served).containsExactly("waiter 0", "waiter 1", "waiter 2", "waiter 3", "waiter 4");
    }

    @Test
    void shouldLetALaterWaiterPassWhenTheEarlierOneTimesOut() throws Exception {
        farm.tryAcquire(HostSelector.named("s1"), request("holder")).orElseThrow();
        HostLease s2 = farm.tryAcquire(HostSelector.named("s2"), request("holder 2")).orElseThrow();
        Future<HostLease> impatient = pool.submit(() -> farm.acquire(HostSelector.withLabel("x86"), request("early"),
                Duration.ofMillis(100)));
        awaitWaiting(1);
        Future<HostLease> patient = pool.submit(() -> farm.acquire(HostSelector.named("s2"), request("late"), LONG));
        awaitWaiting(2);

        awaitWaiting(1);
        s2.close();

        assertThat(patient.get(10, TimeUnit.SECONDS).getLock().getTitle()).isEqualTo("late");
        assertThat(impatient).failsWithin(Duration.ofSeconds(1))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(LockConflictException.class);
    }

    @Test
    void shouldServeTwoHostsToTwoLabelWaitersAtOnce() throws Exception {
        HostLease s1 = farm.tryAcquire(HostSelector.named("s1"), request("a")).orElseThrow();
        HostLease s2 = farm.tryAcquire(HostSelector.named("s2"), request("b")).orElseThrow();
        Future<HostLease> first = pool.submit(() -> farm.acquire(HostSelector.withLabel("x86"), request("1"), LONG));
        awaitWaiting(1);
        Future<HostLease> second = pool.submit(() -> farm.acquire(HostSelector.withLabel("x86"), request("2"), LONG));
        awaitWaiting(2);

        s2.close();
        s1.close();
        awaitWaiting(0);

        assertThat(List.of(first.get(10, TimeUnit.SECONDS).getHostName(),
                second.get(10, TimeUnit.SECONDS).getHostName())).containsExactlyInAnyOrder("s1", "s2");
    }

    private static LockRequest request(final String title) {
        return LockRequest.automatic(title, "jenkins");
    }

    private void awaitWaiting(final int count) throws InterruptedException {
        while (farm.waitingCount() != count) {
            Thread.sleep(1);
        }
    }
}
