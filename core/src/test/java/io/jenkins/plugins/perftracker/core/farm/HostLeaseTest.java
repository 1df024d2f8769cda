package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(20)
class HostLeaseTest {
    private static final LockRequest BUILD = LockRequest.automatic("perf #17", "jenkins");

    private final MutableClock clock = new MutableClock(Farms.T0);
    private final FarmLockManager farm = Farms.withHosts(clock, 2);

    @Test
    void shouldReleaseInTryWithResources() {
        long id;
        try (HostLease lease = farm.tryAcquire(HostSelector.named("s1"), BUILD).orElseThrow()) {
            id = lease.getLockId();
            assertThat(farm.activeLock("s1")).isPresent();
        }
        assertThat(farm.activeLock("s1")).isEmpty();
        assertThat(farm.lockById(id).orElseThrow().getEnd()).contains(Farms.T0);
    }

    @Test
    void shouldReleaseExactlyOnceWhenClosedFromManyThreads() throws InterruptedException {
        AtomicInteger ended = new AtomicInteger();
        farm.addListener(new FarmListener() {
            @Override
            public void ended(final FarmLock lock, final EndReason reason) {
                ended.incrementAndGet();
            }
        });
        HostLease lease = farm.tryAcquire(HostSelector.named("s1"), BUILD).orElseThrow();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(() -> {
                awaitQuietly(start);
                lease.close();
            });
            thread.start();
            threads.add(thread);
        }

        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(ended).hasValue(1);
        assertThat(lease.isReleased()).isTrue();
    }

    @Test
    void shouldNotTouchTheNextHolderWhenClosedAfterAnUnlockFromTheUi() {
        HostLease lease = farm.tryAcquire(HostSelector.named("s1"), BUILD).orElseThrow();
        farm.unlock(lease.getLockId());
        FarmLock next = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));

        lease.close();

        assertThat(farm.activeLock("s1")).contains(next);
    }

    @Test
    void shouldBeHarmlessToCloseAfterTheLockExpired() {
        farm.putLockType(LockType.of("Autotest", "#009", "#fff").withExpiring(true));
        HostLease lease = farm.tryAcquire(HostSelector.named("s1"), BUILD.withType("Autotest").withPlannedHours(2))
                .orElseThrow();
        clock.advance(Duration.ofHours(3));

        lease.close();

        assertThat(farm.lockById(lease.getLockId()).orElseThrow().getEnd())
                .contains(Farms.T0.plus(Duration.ofHours(2)));
    }

    @Test
    void shouldReattachToAnActiveLockAfterARestart() {
        HostLease lease = farm.tryAcquire(HostSelector.named("s2"), BUILD).orElseThrow();
        FarmLockManager restarted = FarmLockManager.restore(farm.snapshot(), clock);

        try (HostLease resumed = restarted.lease(lease.getLockId())) {
            assertThat(resumed.getHostName()).isEqualTo("s2");
        }
        assertThat(restarted.activeLock("s2")).isEmpty();
        assertThatThrownBy(() -> restarted.lease(lease.getLockId()))
                .hasMessage("lock #1 'perf #17' is not an active single-host lock");
    }

    private static void awaitQuietly(final CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
