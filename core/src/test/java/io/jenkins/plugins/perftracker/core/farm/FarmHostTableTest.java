package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The farm page's tables: what a user sees, filtered by label, with holds made outside the farm. */
class FarmHostTableTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private final MutableClock clock = new MutableClock(Farms.T0);
    private final FarmLockManager farm = new FarmLockManager(clock);

    FarmHostTableTest() {
        farm.putHost(Farms.host("s1", "db perf", "x86"));
        farm.putHost(Farms.host("s2", "web perf", "x86", "numa"));
        farm.putHost(Farms.host("secret", "lab", "x86"));
    }

    @Test
    void shouldShowOnlyVisibleHostsAndTheirLocks() {
        farm.lock(LockRequest.manual("nightly perf", "jenkins").withPlannedHours(2), List.of("s2", "secret"));
        FarmSnapshot seen = farm.snapshot().visibleTo(h -> !h.equals("secret"));

        List<FarmHostTable.Row> rows = FarmHostTable.rows(seen, Optional.empty(), UTC,
                h -> Optional.ofNullable(Map.of("s1", "reserved in Lockable Resources by bob").get(h)));

        assertThat(rows).extracting(FarmHostTable.Row::name).containsExactly("s1", "s2");
        assertThat(rows.get(0)).extracting(FarmHostTable.Row::status, FarmHostTable.Row::heldOutside)
                .containsExactly("free", "reserved in Lockable Resources by bob");
        assertThat(rows.get(1)).extracting(FarmHostTable.Row::status, FarmHostTable.Row::lockTitle,
                FarmHostTable.Row::until).containsExactly("locked", "nightly perf", "until about 12:00");
        assertThat(seen.getLocks().get(0).getHosts()).containsExactly("s2");
        assertThat(FarmHostTable.labels(seen)).containsExactly("numa", "x86");
        assertThat(FarmHostTable.rows(seen, Optional.of("numa"), UTC, h -> Optional.empty()))
                .extracting(FarmHostTable.Row::name).containsExactly("s2");
    }

    @Test
    void shouldListTheNewestEndedLocksFirst() {
        for (int i = 1; i <= 3; i++) {
            farm.unlock(farm.lock(LockRequest.manual("run " + i, "ci"), List.of("s1")).getId());
            clock.advance(Duration.ofHours(1));
        }

        assertThat(FarmHostTable.history(farm.snapshot(), UTC, 2)).extracting(FarmHostTable.Ended::title)
                .containsExactly("run 3", "run 2");
    }
}
