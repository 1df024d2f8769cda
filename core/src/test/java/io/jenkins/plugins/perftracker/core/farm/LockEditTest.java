package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LockEditTest {
    private final MutableClock clock = new MutableClock(Farms.T0);
    private final FarmLockManager farm = Farms.withHosts(clock, 3);

    @BeforeEach
    void types() {
        farm.putLockType(LockType.of("Autotest", "#009", "#fff"));
    }

    @Test
    void shouldChangeEveryFieldOfAnActiveLockAndMoveItsHosts() {
        FarmLock lock = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));

        FarmLock changed = farm.update(lock.getId(), LockEdit.none().withTitle("perf debug").withOwner("carol")
                .withPlannedHours(4).withType("Autotest").withHosts(List.of("s2", "s3")));

        assertThat(changed.getTitle()).isEqualTo("perf debug");
        assertThat(changed.getOwner()).isEqualTo("carol");
        assertThat(changed.getPlannedHours()).isEqualTo(4);
        assertThat(changed.getType()).isEqualTo("Autotest");
        assertThat(changed.getHosts()).containsExactly("s2", "s3");
        assertThat(changed.getBegin()).isEqualTo(lock.getBegin());
        assertThat(farm.activeLock("s1")).isEmpty();
        assertThat(farm.activeLock("s3")).contains(changed);
    }

    @Test
    void shouldRefuseMovingOntoAHeldHost() {
        FarmLock lock = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));
        farm.lock(LockRequest.automatic("nightly", "jenkins"), List.of("s2"));

        assertThatThrownBy(() -> farm.update(lock.getId(), LockEdit.none().withHosts(List.of("s1", "s2"))))
                .isInstanceOf(LockConflictException.class)
                .hasMessage("Host 's2' is already locked by 'jenkins' (lock #2 'nightly')");
        assertThat(farm.lockById(lock.getId())).contains(lock);
    }

    @Test
    void shouldOnlyRenameAndRetypeAnEndedLock() {
        FarmLock lock = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));
        FarmLock ended = farm.unlock(lock.getId());

        FarmLock renamed = farm.update(lock.getId(), LockEdit.none().withTitle("firmware debug").withType("Autotest")
                .withOwner("bob").withHosts(List.of("s1")));

        assertThat(renamed.getTitle()).isEqualTo("firmware debug");
        assertThat(renamed.getType()).isEqualTo("Autotest");
        assertThat(renamed.getEnd()).isEqualTo(ended.getEnd());
        assertThatThrownBy(() -> farm.update(lock.getId(), LockEdit.none().withTitle("x").withOwner("eve")
                .withPlannedHours(1).withHosts(List.of("s2")).withEnd(Farms.T0.plusSeconds(5))))
                .isInstanceOf(FarmException.class)
                .hasMessage("lock #1 'firmware debug' has ended at " + Farms.T0
                        + ": only its title and type may change, not owner, plannedHours, hosts, end");
        assertThat(farm.lockById(lock.getId())).contains(renamed);
    }

    @Test
    void shouldEndALockWhoseEndIsSetToThePastAndFreeItsHosts() {
        FarmLock lock = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));
        clock.advance(Duration.ofHours(2));

        FarmLock changed = farm.update(lock.getId(), LockEdit.none().withEnd(Farms.T0.plusSeconds(600)));

        assertThat(changed.getEnd()).contains(Farms.T0.plusSeconds(600));
        assertThat(farm.activeLock("s1")).isEmpty();
    }

    @Test
    void shouldKeepALockWithAFutureEndUntilThatTime() {
        FarmLock lock = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));
        farm.update(lock.getId(), LockEdit.none().withEnd(Farms.T0.plus(Duration.ofHours(3))));

        clock.advance(Duration.ofHours(2));
        assertThat(farm.activeLock("s1")).isPresent();
        clock.advance(Duration.ofHours(1));
        assertThat(farm.activeLock("s1")).isEmpty();
    }

    @Test
    void shouldRefuseAnEndBeforeTheBeginAndUnknownTypes() {
        FarmLock lock = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));

        assertThatThrownBy(() -> farm.update(lock.getId(), LockEdit.none().withEnd(Farms.T0.minusSeconds(1))))
                .hasMessage("The end of lock #1 'debug' cannot be before its begin " + Farms.T0);
        assertThatThrownBy(() -> farm.update(lock.getId(), LockEdit.none().withType("Nope")))
                .hasMessage("Unknown lock type 'Nope'");
        assertThatThrownBy(() -> LockEdit.none().withPlannedHours(-1)).hasMessageStartingWith("plannedHours:");
    }

    @Test
    void shouldAcceptAnEndEqualToTheBeginAndTheSameHostsAgain() {
        FarmLock lock = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1", "s2"));

        FarmLock same = farm.update(lock.getId(), LockEdit.none().withHosts(List.of("s2", "s1", "s2")));
        FarmLock ended = farm.update(lock.getId(), LockEdit.none().withEnd(lock.getBegin()));

        assertThat(same).isEqualTo(lock);
        assertThat(ended.getEnd()).contains(lock.getBegin());
        assertThat(farm.activeLock("s1")).isEmpty();
    }

    @Test
    void shouldRefuseAnEditOfAnUnknownLockOrOntoAnUnknownHost() {
        FarmLock lock = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));

        assertThatThrownBy(() -> farm.update(99, LockEdit.none().withTitle("x"))).hasMessage("Unknown lock #99");
        assertThatThrownBy(() -> farm.update(lock.getId(), LockEdit.none().withHosts(List.of("s9"))))
                .hasMessage("Unknown host 's9'");
        assertThatThrownBy(() -> farm.update(lock.getId(), LockEdit.none().withHosts(List.of())))
                .hasMessage("A lock needs at least one host");
        assertThat(farm.lockById(lock.getId())).contains(lock);
    }

    @Test
    void shouldLetAMovedLockFreeItsOldHostForOthers() {
        FarmLock lock = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));
        farm.update(lock.getId(), LockEdit.none().withHosts(List.of("s2")));

        FarmLock other = farm.lock(LockRequest.manual("other", "carol"), List.of("s1"));

        assertThat(farm.activeLock("s1")).contains(other);
        assertThat(farm.activeLock("s2").orElseThrow().getId()).isEqualTo(lock.getId());
    }
}
