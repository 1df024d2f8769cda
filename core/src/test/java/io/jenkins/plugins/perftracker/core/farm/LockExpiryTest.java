package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LockExpiryTest {
    private final MutableClock clock = new MutableClock(Farms.T0);
    private final FarmLockManager farm = Farms.withHosts(clock, 2);

    @BeforeEach
    void types() {
        farm.putLockType(LockType.of("Autotest", "#009", "#fff").withExpiring(true));
    }

    @Test
    void shouldEndAnExpiringLockAtItsPlannedEndWhenNextAsked() {
        FarmLock lock = farm.lock(LockRequest.automatic("nightly", "jenkins").withType("Autotest")
                .withPlannedHours(6), List.of("s1"));

        clock.advance(Duration.ofHours(6).minusSeconds(1));
        assertThat(farm.activeLock("s1")).contains(lock);
        clock.advance(Duration.ofSeconds(1));
        assertThat(farm.activeLock("s1")).isEmpty();
        assertThat(farm.lockById(lock.getId()).orElseThrow().getEnd()).contains(Farms.T0.plus(Duration.ofHours(6)));
    }

    @Test
    void shouldEndDueLocksInAnExplicitSweep() {
        farm.lock(LockRequest.automatic("a", "jenkins").withType("Autotest").withPlannedHours(1), List.of("s1"));
        farm.lock(LockRequest.automatic("b", "jenkins").withType("Autotest").withPlannedHours(3), List.of("s2"));

        List<FarmLock> expired = farm.expire(Farms.T0.plus(Duration.ofHours(2)));

        assertThat(expired).extracting(FarmLock::getTitle).containsExactly("a");
        assertThat(expired.get(0).getEnd()).contains(Farms.T0.plus(Duration.ofHours(1)));
        assertThat(farm.expire(Farms.T0.plus(Duration.ofHours(2)))).isEmpty();
    }

    @Test
    void shouldNeverExpireLocksOfOtherTypesOrWithoutAPlan() {
        farm.lock(LockRequest.manual("open", "bob"), List.of("s1"));
        farm.lock(LockRequest.automatic("no plan", "jenkins").withType("Autotest").withPlannedHours(0),
                List.of("s2"));

        clock.advance(Duration.ofDays(400));

        assertThat(farm.expire()).isEmpty();
        assertThat(farm.snapshot().activeLocks()).hasSize(2);
    }

    @Test
    void shouldExpireAtOnceALockRecordedWithABeginLongAgo() {
        FarmLock lock = farm.lock(LockRequest.automatic("late", "jenkins").withType("Autotest").withPlannedHours(1)
                .withBegin(Farms.T0.minus(Duration.ofHours(5))), List.of("s1"));

        assertThat(lock.getEnd()).contains(Farms.T0.minus(Duration.ofHours(4)));
        assertThat(farm.activeLock("s1")).isEmpty();
    }

    @Test
    void shouldExpireWhenTheTypeOfAnOverdueLockBecomesExpiring() {
        farm.putLockType(LockType.of("Manual test", "#090", "#fff"));
        FarmLock lock = farm.lock(LockRequest.manual("debug", "bob").withType("Manual test").withPlannedHours(2),
                List.of("s1"));
        clock.advance(Duration.ofHours(3));
        assertThat(farm.activeLock("s1")).isPresent();

        FarmLock changed = farm.update(lock.getId(), LockEdit.none().withType("Autotest"));

        assertThat(changed.getEnd()).contains(Farms.T0.plus(Duration.ofHours(2)));
        assertThat(farm.activeLock("s1")).isEmpty();
    }
}
