package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 16 threads x 1,000 attempts on 4 hosts, mixing every way to lock. Two independent checkers watch each step:
 * the workers count holders per host while they hold a lock (more than one is a double lock), and a listener
 * replays the event stream against its own host-to-lock map.
 */
@Timeout(60)
class FarmStressTest {
    private static final int THREADS = 16;
    private static final int ATTEMPTS = 1_000;
    private static final int HOSTS = 4;

    private final FarmLockManager farm = Farms.withHosts(new MutableClock(Farms.T0), HOSTS);
    private final AtomicIntegerArray holders = new AtomicIntegerArray(HOSTS + 1);
    private final Queue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicInteger taken = new AtomicInteger();

    @Test
    void shouldNeverLockAHostTwice() throws InterruptedException {
        EventChecker checker = new EventChecker();
        farm.addListener(checker);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Thread worker = new Thread(() -> work(start), "farm-stress-" + i);
            worker.start();
            workers.add(worker);
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }

        FarmSnapshot end = farm.snapshot();
        assertThat(violations).isEmpty();
        assertThat(checker.held).isEmpty();
        assertThat(checker.locked).hasValue(taken.get());
        assertThat(end.activeLocks()).isEmpty();
        assertThat(end.getLocks()).hasSize(taken.get())
                .allSatisfy(l -> assertThat(l.getEnd()).isPresent());
        assertThat(end.getLocks().get(taken.get() - 1).getId()).isEqualTo(taken.get());
        assertThat(taken.get()).as("enough locks were taken to mean something").isGreaterThan(THREADS * 10);
    }

    private void work(final CountDownLatch start) {
        try {
            start.await();
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                attempt(ThreadLocalRandom.current());
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void attempt(final ThreadLocalRandom random) throws InterruptedException {
        String host = "s" + (1 + random.nextInt(HOSTS));
        LockRequest request = LockRequest.automatic(Thread.currentThread().getName(), "stress");
        switch (random.nextInt(4)) {
            case 0 -> farm.tryAcquire(HostSelector.named(host), request).ifPresent(this::hold);
            case 1 -> farm.tryAcquire(HostSelector.withLabel("x86"), request).ifPresent(this::hold);
            case 2 -> waitFor(host, request, random);
            default -> lockTwo(host, "s" + (1 + random.nextInt(HOSTS)), request);
        }
    }

    private void waitFor(final String host, final LockRequest request, final ThreadLocalRandom random)
            throws InterruptedException {
        try {
            hold(farm.acquire(HostSelector.named(host), request, Duration.ofMillis(random.nextInt(3))));
        }
        catch (LockConflictException e) {
            // timed out: fine
        }
    }

    private void lockTwo(final String a, final String b, final LockRequest request) {
        try {
            FarmLock lock = farm.lock(request, List.of(a, b));
            taken.incrementAndGet();
            check(lock, 1);
            check(lock, -1);
            farm.unlock(lock.getId());
        }
        catch (LockConflictException e) {
            // held: fine
        }
    }

    private void hold(final HostLease lease) {
        taken.incrementAndGet();
        check(lease.getLock(), 1);
        Thread.yield();
        check(lease.getLock(), -1);
        lease.close();
    }

    /** Entering: no one else may hold any of the hosts. Leaving happens before the release. */
    private void check(final FarmLock lock, final int delta) {
        for (String host : lock.getHosts()) {
            int before = holders.getAndAdd(Integer.parseInt(host.substring(1)), delta);
            if (delta > 0 && before != 0) {
                violations.add("double lock of " + host + " by " + lock);
            }
        }
    }

    /** Replays locked/ended events, which arrive in the order the changes happened. */
    private final class EventChecker implements FarmListener {
        private final Map<String, Long> held = new ConcurrentHashMap<>();
        private final AtomicInteger locked = new AtomicInteger();

        @Override
        public void locked(final FarmLock lock) {
            locked.incrementAndGet();
            for (String host : lock.getHosts()) {
                Optional.ofNullable(held.putIfAbsent(host, lock.getId()))
                        .ifPresent(other -> violations.add(host + " locked by #" + lock.getId() + " and #" + other));
            }
        }

        @Override
        public void ended(final FarmLock lock, final EndReason reason) {
            for (String host : lock.getHosts()) {
                if (!held.remove(host, lock.getId())) {
                    violations.add(host + " freed by #" + lock.getId() + " which did not hold it");
                }
            }
        }
    }

}
