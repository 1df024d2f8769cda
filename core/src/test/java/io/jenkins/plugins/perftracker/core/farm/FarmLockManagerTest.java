package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FarmLockManagerTest {
    private final MutableClock clock = new MutableClock(Farms.T0);
    private final FarmLockManager farm = Farms.withHosts(clock, 3);

    @Test
    void shouldLockHostsWithPerfTrackersDefaults() {
        FarmLock lock = farm.lock(LockRequest.manual("BIOS update", "alice"), List.of("s2", "s1"));

        assertThat(lock.getId()).isEqualTo(1);
        assertThat(lock.getHosts()).containsExactly("s1", "s2");
        assertThat(lock.getBegin()).isEqualTo(Farms.T0);
        assertThat(lock.getEnd()).isEmpty();
        assertThat(lock.getPlannedHours()).isEqualTo(24);
        assertThat(lock.getType()).isEqualTo("Default lock type");
        assertThat(lock.isManual()).isTrue();
        assertThat(farm.activeLock("s1")).contains(lock);
        assertThat(farm.activeLock("s3")).isEmpty();
    }

    @Test
    void shouldRefuseASecondLockNamingHostHolderAndLock() {
        farm.lock(LockRequest.automatic("nightly", "jenkins"), List.of("s2"));

        assertThatThrownBy(() -> farm.lock(LockRequest.manual("debug", "bob"), List.of("s1", "s2")))
                .isInstanceOf(LockConflictException.class)
                .hasMessage("Host 's2' is already locked by 'jenkins' (lock #1 'nightly')");
        assertThat(farm.activeLock("s1")).as("all or nothing: s1 stays free").isEmpty();
        assertThat(farm.snapshot().getLocks()).hasSize(1);
    }

    @Test
    void shouldUnlockByEndingTheLockAndKeepItInHistory() {
        FarmLock lock = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));
        clock.advance(Duration.ofMinutes(90));

        FarmLock ended = farm.unlock(lock.getId());

        assertThat(ended.getEnd()).contains(Farms.T0.plus(Duration.ofMinutes(90)));
        assertThat(farm.activeLock("s1")).isEmpty();
        assertThat(farm.lockById(lock.getId())).contains(ended);
        assertThat(farm.lock(LockRequest.manual("next", "carol"), List.of("s1")).getId()).isEqualTo(2);
    }

    @Test
    void shouldLeaveAnEndedLockAloneWhenUnlockedAgain() {
        FarmLock lock = farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));
        FarmLock ended = farm.unlock(lock.getId());
        clock.advance(Duration.ofHours(1));

        assertThat(farm.unlock(lock.getId())).isEqualTo(ended);
    }

    @Test
    void shouldRefuseUnknownHostsTypesAndLocks() {
        assertThatThrownBy(() -> farm.lock(LockRequest.manual("t", "o"), List.of("s9")))
                .isInstanceOf(FarmException.class).hasMessage("Unknown host 's9'");
        assertThatThrownBy(() -> farm.lock(LockRequest.manual("t", "o").withType("Autotest"), List.of("s1")))
                .hasMessage("Unknown lock type 'Autotest'");
        assertThatThrownBy(() -> farm.lock(LockRequest.manual("t", "o"), List.of()))
                .hasMessage("A lock needs at least one host");
        assertThatThrownBy(() -> farm.unlock(42)).hasMessage("Unknown lock #42");
    }

    @Test
    void shouldRecordAnEarlierBeginButRefuseAFutureOne() {
        FarmLock lock = farm.lock(LockRequest.manual("t", "o").withBegin(Farms.T0.minusSeconds(3600)),
                List.of("s1"));

        assertThat(lock.getBegin()).isEqualTo(Farms.T0.minusSeconds(3600));
        assertThatThrownBy(() -> farm.lock(LockRequest.manual("t", "o").withBegin(Farms.T0.plusSeconds(1)),
                List.of("s2"))).hasMessageStartingWith("A lock cannot begin in the future");
    }

    @Test
    void shouldRefuseToRemoveALockedHostButKeepHistoryOfARemovedOne() {
        FarmLock lock = farm.lock(LockRequest.manual("t", "o"), List.of("s1"));

        assertThatThrownBy(() -> farm.removeHost("s1"))
                .hasMessage("Host 's1' cannot be removed while lock #1 't' holds it");
        farm.unlock(lock.getId());
        assertThat(farm.removeHost("s1")).isTrue();
        assertThat(farm.removeHost("s1")).isFalse();
        assertThat(farm.hosts()).extracting(FarmHost::getName).containsExactly("s2", "s3");
        assertThat(farm.lockById(1).orElseThrow().getHosts()).containsExactly("s1");
    }

    @Test
    void shouldReportOutOfServiceHostsFromTheLockType() {
        farm.putLockType(LockType.of("Maintenance", "#c00", "#fff").withOutOfService(true));
        farm.lock(LockRequest.manual("PSU swap", "ops").withType("Maintenance"), List.of("s1"));
        farm.lock(LockRequest.automatic("nightly", "jenkins"), List.of("s2"));

        FarmSnapshot snapshot = farm.snapshot();

        assertThat(snapshot.status("s1")).isEqualTo(HostStatus.OUT_OF_SERVICE);
        assertThat(snapshot.status("s2")).isEqualTo(HostStatus.LOCKED);
        assertThat(snapshot.status("s3")).isEqualTo(HostStatus.FREE);
        assertThat(snapshot.activeLocks()).hasSize(2);
    }

    @Test
    void shouldListHostsAndTypesInDisplayOrder() {
        farm.putHost(Farms.host("a0", "spare").toBuilder().order(20).build());
        farm.putHost(Farms.host("s3", "perf").toBuilder().order(1).build());
        farm.putLockType(LockType.of("Manual test", "#090", "#fff").withOrder(3));
        farm.putLockType(LockType.of("Autotest", "#009", "#fff").withOrder(2));

        FarmSnapshot snapshot = farm.snapshot();

        assertThat(snapshot.getHosts()).extracting(FarmHost::getName).containsExactly("s3", "s1", "s2", "a0");
        assertThat(snapshot.getLockTypes()).extracting(LockType::getName).containsExactly("Autotest", "Manual test");
        assertThat(snapshot.lockType("gone")).isEqualTo(LockType.DEFAULT);
    }

    @Test
    void shouldKeepLocksOfARemovedTypeAndDrawThemInTheDefaultColours() {
        farm.putLockType(LockType.of("Autotest", "#009", "#fff"));
        farm.lock(LockRequest.automatic("nightly", "jenkins").withType("Autotest"), List.of("s1"));

        assertThat(farm.removeLockType("Autotest")).isTrue();

        FarmSnapshot snapshot = farm.snapshot();
        assertThat(snapshot.activeLock("s1").orElseThrow().getType()).isEqualTo("Autotest");
        assertThat(snapshot.lockType("Autotest")).isEqualTo(LockType.DEFAULT);
    }
}
