package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FarmSnapshotTest {
    private static final LockType MAINTENANCE = LockType.of("Maintenance", "#c00", "#fff").withOutOfService(true);

    @Test
    void shouldStartEmptyWithLockIdOne() {
        FarmSnapshot empty = FarmSnapshot.empty(Farms.T0);

        assertThat(empty.getHosts()).isEmpty();
        assertThat(empty.getLocks()).isEmpty();
        assertThat(empty.getNextLockId()).isEqualTo(1);
        assertThat(empty.getTakenAt()).isEqualTo(Farms.T0);
    }

    @Test
    void shouldNeverHandOutAnIdAtOrBelowAStoredOne() {
        FarmSnapshot snapshot = new FarmSnapshot(Farms.T0, List.of(), List.of(),
                List.of(lock(40, null, "s1"), lock(7, null, "s2")), 3);

        assertThat(snapshot.getNextLockId()).isEqualTo(41);
        assertThat(snapshot.getLocks()).extracting(FarmLock::getId).containsExactly(7L, 40L);
        assertThat(new FarmSnapshot(Farms.T0, List.of(), List.of(), List.of(lock(2, null, "s1")), 90)
                .getNextLockId()).isEqualTo(90);
    }

    @Test
    void shouldTellActiveLocksAndStatusAtItsInstant() {
        FarmSnapshot snapshot = new FarmSnapshot(Farms.T0, List.of(Farms.host("s1", ""), Farms.host("s2", ""),
                Farms.host("s3", "")), List.of(MAINTENANCE), List.of(
                lock(1, Farms.T0.minusSeconds(1), "s1"),
                lock(2, Farms.T0.plusSeconds(60), "s2"),
                new FarmLock(3, LockRequest.manual("psu", "ops").withType("Maintenance"), Farms.T0, null,
                        List.of("s3"))), 1);

        assertThat(snapshot.activeLocks()).extracting(FarmLock::getId).containsExactly(2L, 3L);
        assertThat(snapshot.status("s1")).isEqualTo(HostStatus.FREE);
        assertThat(snapshot.status("s2")).isEqualTo(HostStatus.LOCKED);
        assertThat(snapshot.status("s3")).isEqualTo(HostStatus.OUT_OF_SERVICE);
        assertThat(snapshot.activeLock("s1")).isEmpty();
        assertThat(snapshot.host("s9")).isEmpty();
    }

    @Test
    void shouldCompareContentButNotTheInstant() {
        FarmSnapshot a = new FarmSnapshot(Farms.T0, List.of(Farms.host("s1", "")), List.of(), List.of(), 1);
        FarmSnapshot b = new FarmSnapshot(Farms.T0.plus(Duration.ofDays(1)), List.of(Farms.host("s1", "")),
                List.of(), List.of(), 1);
        FarmSnapshot c = new FarmSnapshot(Farms.T0, List.of(Farms.host("s1", "perf")), List.of(), List.of(), 1);

        assertThat(a.sameContent(b)).isTrue();
        assertThat(a.sameContent(c)).isFalse();
        assertThat(a.sameContent(FarmSnapshot.empty(Farms.T0))).isFalse();
        assertThat(a).hasToString("farm at 2026-11-20T10:00:00Z: 1 hosts, 0 locks");
    }

    @Test
    void shouldDescribeLocksForMessagesAndLogs() {
        FarmLock open = lock(12, null, "s2", "s1");

        assertThat(open.describe()).isEqualTo("lock #12 't'");
        assertThat(open.getHosts()).containsExactly("s1", "s2");
        assertThat(open).hasToString("lock #12 't' by 'o' on [s1, s2] from 2026-11-20T09:00:00Z (open)");
        assertThat(lock(12, Farms.T0, "s1").toString()).endsWith("to 2026-11-20T10:00:00Z");
        assertThat(open.plannedEnd()).contains(Farms.T0.plus(Duration.ofHours(23)));
    }

    private static FarmLock lock(final long id, final java.time.Instant end, final String... hosts) {
        return new FarmLock(id, LockRequest.manual("t", "o"), Farms.T0.minus(Duration.ofHours(1)), end,
                List.of(hosts));
    }
}
