package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class FarmListenerTest {
    private final MutableClock clock = new MutableClock(Farms.T0);
    private final FarmLockManager farm = Farms.withHosts(clock, 2);
    private final List<String> heard = new CopyOnWriteArrayList<>();

    private final FarmListener recorder = new FarmListener() {
        @Override
        public void locked(final FarmLock lock) {
            heard.add("locked #" + lock.getId() + " " + lock.getHosts());
        }

        @Override
        public void ended(final FarmLock lock, final EndReason reason) {
            heard.add("ended #" + lock.getId() + " " + reason + " at " + lock.getEnd().orElseThrow());
        }

        @Override
        public void updated(final FarmLock before, final FarmLock after) {
            heard.add("updated #" + after.getId() + " '" + before.getTitle() + "' -> '" + after.getTitle() + "'");
        }

        @Override
        public void inventoryChanged() {
            heard.add("inventory");
        }
    };

    @Test
    void shouldTellEveryChangeInOrder() {
        farm.putLockType(LockType.of("Autotest", "#009", "#fff").withExpiring(true));
        farm.addListener(recorder);

        FarmLock manual = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));
        farm.update(manual.getId(), LockEdit.none().withTitle("firmware"));
        farm.unlock(manual.getId());
        farm.lock(LockRequest.automatic("nightly", "jenkins").withType("Autotest").withPlannedHours(1),
                List.of("s2"));
        clock.advance(Duration.ofHours(1));
        farm.expire();
        farm.putHost(Farms.host("s3", "spare"));

        assertThat(heard).containsExactly("locked #1 [s1]", "updated #1 'debug' -> 'firmware'",
                "ended #1 UNLOCKED at " + Farms.T0, "locked #2 [s2]",
                "ended #2 EXPIRED at " + Farms.T0.plus(Duration.ofHours(1)), "inventory");
    }

    @Test
    void shouldNotTellAnUnchangedUpdateOrASecondUnlock() {
        FarmLock lock = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));
        farm.addListener(recorder);

        farm.update(lock.getId(), LockEdit.none().withTitle("debug"));
        farm.unlock(lock.getId());
        farm.unlock(lock.getId());

        assertThat(heard).containsExactly("ended #1 UNLOCKED at " + Farms.T0);
    }

    @Test
    void shouldRouteEveryEventToChangedForASavingListener() {
        AtomicInteger saves = new AtomicInteger();
        farm.addListener(new FarmListener() {
            @Override
            public void changed() {
                saves.incrementAndGet();
            }
        });

        FarmLock lock = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));
        farm.update(lock.getId(), LockEdit.none().withTitle("x"));
        farm.unlock(lock.getId());
        farm.removeLockType("none");
        farm.putLockType(LockType.of("Autotest", "#009", "#fff"));

        assertThat(saves).hasValue(4);
    }

    @Test
    void shouldKeepGoingWhenAListenerThrowsAndLetListenersCallTheManager() {
        farm.addListener(new FarmListener() {
            @Override
            public void locked(final FarmLock lock) {
                throw new IllegalStateException("broken glue");
            }
        });
        farm.addListener(new FarmListener() {
            @Override
            public void locked(final FarmLock lock) {
                if (lock.getId() == 1) {
                    heard.add("free now: " + farm.activeLock("s2").isEmpty());
                    farm.lock(LockRequest.automatic("follow-up", "glue"), List.of("s2"));
                }
            }
        });
        farm.addListener(recorder);

        farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));

        assertThat(heard).containsExactly("free now: true", "locked #1 [s1]", "locked #2 [s2]");
        assertThat(farm.activeLock("s2")).isPresent();
    }

    @Test
    void shouldStopTellingARemovedListener() {
        farm.addListener(recorder);
        farm.removeListener(recorder);

        farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));

        assertThat(heard).isEmpty();
    }
}
