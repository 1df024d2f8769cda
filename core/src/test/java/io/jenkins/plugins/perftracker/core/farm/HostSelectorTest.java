package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostSelectorTest {
    private static final FarmHost DB = Farms.fullHost();
    private static final FarmHost WEB = Farms.host("w1", "web perf", "x86", "small");

    @Test
    void shouldSelectByNameLabelPurposeOrPredicate() {
        assertThat(HostSelector.named("s1").matches(DB)).isTrue();
        assertThat(HostSelector.named("s1").matches(WEB)).isFalse();
        assertThat(HostSelector.withLabel("numa").matches(DB)).isTrue();
        assertThat(HostSelector.withLabel("numa").matches(WEB)).isFalse();
        assertThat(HostSelector.withLabel("w1").matches(WEB)).as("own name is a label").isTrue();
        assertThat(HostSelector.withPurpose("web perf").matches(WEB)).isTrue();
        assertThat(HostSelector.withPurpose("web").matches(WEB)).as("whole purpose only").isFalse();
        HostSelector big = HostSelector.matching("at least 32 GB", h -> h.getHardware().getRamGb() >= 32);
        assertThat(big.matches(DB)).isTrue();
        assertThat(big.matches(WEB)).isFalse();
    }

    @Test
    void shouldDescribeItselfForMessages() {
        assertThat(HostSelector.named("s1").describe()).isEqualTo("host 's1'");
        assertThat(HostSelector.withLabel("x86")).hasToString("label 'x86'");
        assertThat(HostSelector.withPurpose("db").describe()).isEqualTo("purpose 'db'");
        assertThat(HostSelector.matching("big hosts", h -> true).describe()).isEqualTo("big hosts");
    }

    @Test
    void shouldRefuseEmptySelectors() {
        assertThatThrownBy(() -> HostSelector.named("")).hasMessage("host: must not be empty");
        assertThatThrownBy(() -> HostSelector.withLabel(" ")).hasMessage("label: must not be empty");
        assertThatThrownBy(() -> HostSelector.matching("", h -> true)).hasMessage("description: must not be empty");
    }

    @Test
    void shouldTakeHostsInDisplayOrderForAPredicate() {
        MutableClock clock = new MutableClock(Farms.T0);
        FarmLockManager farm = new FarmLockManager(clock);
        farm.putHost(WEB.toBuilder().order(5).build());
        farm.putHost(DB);
        LockRequest request = LockRequest.automatic("perf", "jenkins");

        assertThat(farm.tryAcquire(HostSelector.withLabel("x86"), request).orElseThrow().getHostName())
                .isEqualTo("s1");
        assertThat(farm.tryAcquire(HostSelector.withLabel("x86"), request).orElseThrow().getHostName())
                .isEqualTo("w1");
    }

    @Test
    void shouldNameAtMostFiveHoldersWhenNoHostBecomesFree() throws InterruptedException {
        FarmLockManager farm = Farms.withHosts(new MutableClock(Farms.T0), 7);
        for (int i = 1; i <= 7; i++) {
            farm.lock(LockRequest.automatic("job " + i, "jenkins"), List.of("s" + i));
        }

        assertThatThrownBy(() -> farm.acquire(HostSelector.withLabel("x86"), LockRequest.automatic("t", "o"),
                Duration.ofMillis(1)))
                .isInstanceOf(LockConflictException.class)
                .hasMessageStartingWith("No host matching label 'x86' became free within PT0.001S: "
                        + "Host 's1' is already locked by 'jenkins' (lock #1 'job 1'); ")
                .hasMessageContaining("Host 's5' is already locked by 'jenkins' (lock #5 'job 5')")
                .hasMessageNotContaining("'s6'")
                .hasMessageEndingWith("; and 2 more");
    }

    @Test
    void shouldRefuseAnUnknownLockTypeBeforeWaiting() {
        FarmLockManager farm = Farms.withHosts(new MutableClock(Farms.T0), 1);

        assertThatThrownBy(() -> farm.acquire(HostSelector.named("s1"),
                LockRequest.automatic("t", "o").withType("Autotest"), Duration.ofSeconds(10)))
                .hasMessage("Unknown lock type 'Autotest'");
        assertThat(farm.waitingCount()).isZero();
    }

    @Test
    void shouldTreatANegativeTimeoutAsGiveUpAtOnce() {
        FarmLockManager farm = Farms.withHosts(new MutableClock(Farms.T0), 1);
        farm.lock(LockRequest.manual("a", "alice"), List.of("s1"));

        assertThatThrownBy(() -> farm.acquire(HostSelector.named("s1"), LockRequest.automatic("t", "o"),
                Duration.ofSeconds(-5))).isInstanceOf(LockConflictException.class)
                .hasMessageContaining("Host 's1' is already locked by 'alice' (lock #1 'a')");
    }

    @Test
    void shouldCapHugeTimeoutsAndSleepUntilTheNextDueLock() {
        assertThat(Acquisition.nanos(Duration.ofDays(365L * 1_000))).isEqualTo(Duration.ofDays(365 * 100).toNanos());
        assertThat(Acquisition.nanos(Duration.ofMillis(-1))).isZero();
        assertThat(Acquisition.nanosUntil(java.util.Optional.empty(), Farms.T0)).isEqualTo(Long.MAX_VALUE);
        assertThat(Acquisition.nanosUntil(java.util.Optional.of(Farms.T0.plusSeconds(2)), Farms.T0))
                .isEqualTo(2_000_000_000L);
        assertThat(Acquisition.nanosUntil(java.util.Optional.of(Farms.T0.minusSeconds(2)), Farms.T0))
                .as("an overdue lock: wake soon").isEqualTo(1_000_000L);
    }
}
