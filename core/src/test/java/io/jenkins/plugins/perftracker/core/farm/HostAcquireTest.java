package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(20)
class HostAcquireTest {
    private static final LockRequest BUILD = LockRequest.automatic("perf #17", "jenkins");
    private static final Duration LONG = Duration.ofSeconds(10);

    private final MutableClock clock = new MutableClock(Farms.T0);
    private final FarmLockManager farm = Farms.withHosts(clock, 2);
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void shouldTakeAFreeHostByNameOrLabelInDisplayOrder() {
        HostLease byName = farm.tryAcquire(HostSelector.named("s2"), BUILD).orElseThrow();
        HostLease byLabel = farm.tryAcquire(HostSelector.withLabel("x86"), BUILD).orElseThrow();

        assertThat(byName.getHostName()).isEqualTo("s2");
        assertThat(byLabel.getHostName()).isEqualTo("s1");
        assertThat(byLabel.getLock().isManual()).isFalse();
        assertThat(farm.tryAcquire(HostSelector.withPurpose("perf"), BUILD)).isEmpty();
    }

    @Test
    void shouldGiveUpAtOnceNamingTheHolder() throws InterruptedException {
        farm.lock(LockRequest.manual("BIOS update", "alice"), List.of("s1"));

        assertThatThrownBy(() -> farm.acquire(HostSelector.named("s1"), BUILD, Duration.ZERO))
                .isInstanceOf(LockConflictException.class)
                .hasMessage("Host 's1' is already locked by 'alice' (lock #1 'BIOS update')");
        assertThat(farm.waitingCount()).isZero();
    }

    @Test
    void shouldFailFastWhenNoHostCouldEverMatch() {
        assertThatThrownBy(() -> farm.acquire(HostSelector.named("s9"), BUILD, LONG))
                .isInstanceOf(FarmException.class).hasMessage("Unknown host 's9'");
        assertThatThrownBy(() -> farm.acquire(HostSelector.withLabel("arm64"), BUILD, LONG))
                .hasMessage("No host matches label 'arm64'");
    }

    @Test
    void shouldWaitUntilAnotherThreadReleasesTheHost() throws Exception {
        HostLease first = farm.tryAcquire(HostSelector.named("s1"), BUILD).orElseThrow();
        Future<HostLease> second = pool.submit(() -> farm.acquire(HostSelector.named("s1"), BUILD, LONG));
        awaitWaiting(1);

        first.close();

        HostLease lease = second.get(5, TimeUnit.SECONDS);
        assertThat(lease.getHostName()).isEqualTo("s1");
        assertThat(lease.getLockId()).isEqualTo(2);
        assertThat(farm.waitingCount()).isZero();
    }

    @Test
    void shouldTimeOutNamingEveryHolder() throws InterruptedException {
        farm.lock(LockRequest.manual("a", "alice"), List.of("s1"));
        farm.lock(LockRequest.automatic("b", "jenkins"), List.of("s2"));
        long start = System.nanoTime();

        assertThatThrownBy(() -> farm.acquire(HostSelector.withLabel("x86"), BUILD, Duration.ofMillis(200)))
                .isInstanceOf(LockConflictException.class)
                .hasMessage("No host matching label 'x86' became free within PT0.2S: "
                        + "Host 's1' is already locked by 'alice' (lock #1 'a'); "
                        + "Host 's2' is already locked by 'jenkins' (lock #2 'b')");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(200), LONG);
        assertThat(farm.waitingCount()).isZero();
    }

    @Test
    void shouldStopWaitingWhenInterruptedWithoutTakingAHost() throws Exception {
        farm.lock(LockRequest.manual("a", "alice"), List.of("s1"));
        Future<HostLease> waiter = pool.submit(() -> farm.acquire(HostSelector.named("s1"), BUILD, LONG));
        awaitWaiting(1);

        waiter.cancel(true);

        awaitWaiting(0);
        farm.unlock(1);
        assertThat(farm.activeLock("s1")).isEmpty();
    }

    @Test
    void shouldServeWaitersFirstInFirstOut() throws Exception {
        HostLease held = farm.tryAcquire(HostSelector.named("s1"), BUILD).orElseThrow();
        farm.lock(LockRequest.manual("b", "bob"), List.of("s2"));
        Future<HostLease> first = pool.submit(() -> farm.acquire(HostSelector.withLabel("x86"), BUILD.withTitle("1"), LONG));
        awaitWaiting(1);
        Future<HostLease> second = pool.submit(() -> farm.acquire(HostSelector.named("s1"), BUILD.withTitle("2"), LONG));
        awaitWaiting(2);

        held.close();

        assertThat(first.get(5, TimeUnit.SECONDS).getHostName()).isEqualTo("s1");
        assertThat(second.isDone()).isFalse();
        assertThat(farm.tryAcquire(HostSelector.named("s1"), BUILD)).isEmpty();
        farm.unlock(first.get().getLockId());
        assertThat(second.get(5, TimeUnit.SECONDS).getLock().getTitle()).isEqualTo("2");
    }

    @Test
    void shouldNotLetTryAcquireOvertakeAWaiter() throws Exception {
        HostLease held = farm.tryAcquire(HostSelector.named("s1"), BUILD).orElseThrow();
        farm.lock(LockRequest.manual("b", "bob"), List.of("s2"));
        Future<HostLease> waiter = pool.submit(() -> farm.acquire(HostSelector.named("s1"), BUILD, LONG));
        awaitWaiting(1);
        List<Optional<HostLease>> overtakers = new CopyOnWriteArrayList<>();
        farm.addListener(new FarmListener() {
            @Override
            public void ended(final FarmLock lock, final EndReason reason) {
                overtakers.add(farm.tryAcquire(HostSelector.named("s1"), BUILD));
            }
        });

        held.close();

        assertThat(waiter.get(5, TimeUnit.SECONDS).getHostName()).isEqualTo("s1");
        assertThat(overtakers).containsExactly(Optional.empty());
    }

    @Test
    void shouldWakeAWaiterWhenTheHoldingLockExpires() throws Exception {
        farm.putLockType(LockType.of("Autotest", "#009", "#fff").withExpiring(true));
        farm.lock(BUILD.withType("Autotest").withPlannedHours(1), List.of("s1"));
        Future<HostLease> waiter = pool.submit(() -> farm.acquire(HostSelector.named("s1"), BUILD, LONG));
        awaitWaiting(1);

        clock.advance(Duration.ofHours(1));
        farm.expire();

        assertThat(waiter.get(5, TimeUnit.SECONDS).getLockId()).isEqualTo(2);
    }

    private void awaitWaiting(final int count) throws InterruptedException {
        while (farm.waitingCount() != count) {
            Thread.sleep(1);
        }
    }
}
