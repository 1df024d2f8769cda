package io.jenkins.plugins.perftracker.core.store.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.*;

class IndexLockTest {
    @TempDir
    private Path dir;

    @Test
    void shouldLetOnlyOneHolderInAtATimeAcrossInstances() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] work = new Future<?>[4];
            for (int t = 0; t < work.length; t++) {
                IndexLock lock = new IndexLock(t % 2 == 0 ? dir : dir.resolve(".").resolve("x/.."));
                boolean shared = t == 3;
                work[t] = pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        IndexLock.Work<Void> section = () -> {
                            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            Thread.onSpinWait();
                            inside.decrementAndGet();
                            return null;
                        };
                        if (shared) {
                            lock.shared(section);
                        }
                        else {
                            lock.exclusive(section);
                        }
                    }
                    return null;
                });
            }
            for (Future<?> future : work) {
                future.get(1, TimeUnit.MINUTES);
            }
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(1);
    }

    private static void awaitUninterruptibly(final CountDownLatch latch) {
        while (latch.getCount() > 0) {
            try {
                latch.await();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void shouldMakeAnotherInstanceWaitForTheHolder() throws Exception {
        IndexLock first = new IndexLock(dir);
        IndexLock second = new IndexLock(dir);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = pool.submit(() -> first.exclusive(() -> {
                entered.countDown();
                awaitUninterruptibly(release);
                return null;
            }));
            entered.await();
            AtomicInteger order = new AtomicInteger();
            Thread waiter = new Thread(() -> assertThatCode(() -> second.shared(() -> order.incrementAndGet()))
                    .doesNotThrowAnyException());
            waiter.start();
            waiter.join(300);
            assertThat(order.get()).isZero();

            release.countDown();
            holder.get(1, TimeUnit.MINUTES);
            waiter.join(60_000);

            assertThat(order.get()).isEqualTo(1);
        }
        finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
