package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class EventDispatcherTest {
    private final EventDispatcher dispatcher = new EventDispatcher();
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @Test
    void shouldDeliverQueuedEventsInOrderToEveryListener() {
        List<String> other = new ArrayList<>();
        dispatcher.add(listener(heard));
        dispatcher.add(listener(other));
        dispatcher.queue(l -> l.locked(lock(1)));
        dispatcher.queue(l -> l.ended(lock(1), EndReason.UNLOCKED));

        dispatcher.drain();

        assertThat(heard).containsExactly("locked 1", "ended 1 UNLOCKED");
        assertThat(other).isEqualTo(heard);
    }

    @Test
    void shouldDeliverNothingTwice() {
        dispatcher.add(listener(heard));
        dispatcher.queue(l -> l.locked(lock(1)));

        dispatcher.drain();
        dispatcher.drain();

        assertThat(heard).containsExactly("locked 1");
    }

    @Test
    void shouldIsolateAThrowingListener() {
        dispatcher.add(new FarmListener() {
            @Override
            public void locked(final FarmLock lock) {
                throw new IllegalStateException("broken");
            }
        });
        dispatcher.add(listener(heard));
        dispatcher.queue(l -> l.locked(lock(1)));
        dispatcher.queue(l -> l.locked(lock(2)));

        dispatcher.drain();

        assertThat(heard).containsExactly("locked 1", "locked 2");
    }

    @Test
    void shouldQueueAnEventRaisedWhileDeliveringBehindTheCurrentOne() {
        dispatcher.add(new FarmListener() {
            @Override
            public void locked(final FarmLock lock) {
                heard.add("locked " + lock.getId());
                if (lock.getId() == 1) {
                    dispatcher.queue(l -> l.locked(lock(3)));
                    dispatcher.drain();
                    heard.add("back in 1");
                }
            }
        });
        dispatcher.queue(l -> l.locked(lock(1)));
        dispatcher.queue(l -> l.locked(lock(2)));

        dispatcher.drain();

        assertThat(heard).containsExactly("locked 1", "back in 1", "locked 2", "locked 3");
    }

    /**
     * Producers queue under a shared lock (as the manager does) and drain after it; whatever the interleaving,
     * every event arrives exactly once, in queue order, and one at a time.
     */
    @Test
    void shouldNeverLoseOrReorderEventsFromManyProducers() throws InterruptedException {
        ReentrantLock state = new ReentrantLock();
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger concurrent = new AtomicInteger();
        List<Long> order = new CopyOnWriteArrayList<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        dispatcher.add(new FarmListener() {
            @Override
            public void locked(final FarmLock lock) {
                if (concurrent.incrementAndGet() != 1) {
                    problems.add("two deliveries at once");
                }
                order.add(lock.getId());
                concurrent.decrementAndGet();
            }
        });
        int producers = 8;
        int events = 2_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            Thread thread = new Thread(() -> {
                awaitQuietly(start);
                for (int i = 0; i < events; i++) {
                    state.lock();
                    try {
                        long id = sequence.incrementAndGet();
                        dispatcher.queue(l -> l.locked(lock(id)));
                    }
                    finally {
                        state.unlock();
                    }
                    dispatcher.drain();
                }
            });
            thread.start();
            threads.add(thread);
        }

        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(problems).isEmpty();
        assertThat(order).hasSize(producers * events);
        for (int i = 0; i < order.size(); i++) {
            assertThat(order.get(i)).isEqualTo(i + 1L);
        }
    }

    @Test
    void shouldStopDeliveringToARemovedListener() {
        FarmListener listener = listener(heard);
        dispatcher.add(listener);
        dispatcher.remove(listener);
        dispatcher.queue(l -> l.locked(lock(1)));

        dispatcher.drain();

        assertThat(heard).isEmpty();
    }

    private static FarmListener listener(final List<String> into) {
        return new FarmListener() {
            @Override
            public void locked(final FarmLock lock) {
                into.add("locked " + lock.getId());
            }

            @Override
            public void ended(final FarmLock lock, final EndReason reason) {
                into.add("ended " + lock.getId() + " " + reason);
            }
        };
    }

    private static FarmLock lock(final long id) {
        return new FarmLock(id, LockRequest.manual("t", "o"), Farms.T0, null, List.of("s1"));
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
