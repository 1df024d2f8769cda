package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The inventory may change while pipelines wait: new hosts serve them, removed hosts end their wait. */
@Timeout(30)
class InventoryWhileWaitingTest {
    private static final Duration LONG = Duration.ofSeconds(20);
    private static final LockRequest BUILD = LockRequest.automatic("perf", "jenkins");

    private final FarmLockManager farm = Farms.withHosts(new MutableClock(Farms.T0), 1);
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void shouldServeAWaiterFromAHostAddedWhileItWaits() throws Exception {
        farm.lock(LockRequest.manual("long job", "alice"), List.of("s1"));
        Future<HostLease> waiter = pool.submit(() -> farm.acquire(HostSelector.withLabel("x86"), BUILD, LONG));
        awaitWaiting(1);

        farm.putHost(Farms.host("s2", "perf", "x86"));

        assertThat(waiter.get(10, TimeUnit.SECONDS).getHostName()).isEqualTo("s2");
    }

    @Test
    void shouldServeAWaiterWhenAHostGainsItsLabel() throws Exception {
        farm.putHost(Farms.host("s2", "perf", "arm"));
        farm.lock(LockRequest.manual("long job", "alice"), List.of("s1"));
        Future<HostLease> waiter = pool.submit(() -> farm.acquire(HostSelector.withLabel("x86"), BUILD, LONG));
        awaitWaiting(1);

        farm.putHost(farm.host("s2").orElseThrow().toBuilder().labels(List.of("arm", "x86")).build());

        assertThat(waiter.get(10, TimeUnit.SECONDS).getHostName()).isEqualTo("s2");
    }

    @Test
    void shouldFailAWaiterAtOnceWhenNoHostMatchesAnyMore() throws Exception {
        farm.putHost(Farms.host("s2", "perf", "gpu"));
        farm.lock(LockRequest.manual("training", "alice"), List.of("s2"));
        Future<HostLease> waiter = pool.submit(() -> farm.acquire(HostSelector.withLabel("gpu"), BUILD, LONG));
        awaitWaiting(1);
        long start = System.nanoTime();

        farm.putHost(farm.host("s2").orElseThrow().toBuilder().labels(List.of("cpu")).build());

        assertThat(waiter).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(FarmException.class).withMessageContaining("No host matches label 'gpu'");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LONG);
        assertThat(farm.waitingCount()).isZero();
    }

    @Test
    void shouldKeepWaitingThroughAnEditThatKeepsTheHost() throws Exception {
        FarmLock first = farm.lock(LockRequest.manual("first", "alice"), List.of("s1"));
        Future<HostLease> waiter = pool.submit(() -> farm.acquire(HostSelector.named("s1"), BUILD, LONG));
        awaitWaiting(1);

        FarmLock second = farm.update(first.getId(), LockEdit.none().withTitle("still busy"));

        assertThat(waiter.isDone()).isFalse();
        farm.unlock(second.getId());
        assertThat(waiter.get(10, TimeUnit.SECONDS).getLock().getTitle()).isEqualTo("perf");
    }

    private void awaitWaiting(final int count) throws InterruptedException {
        while (farm.waitingCount() != count) {
            Thread.sleep(1);
        }
    }
}
