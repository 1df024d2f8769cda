package io.jenkins.plugins.perftracker.core.farm;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Any sequence of farm operations keeps PerfTracker's rules, whatever succeeds or is refused on the way. */
class FarmInvariantProperties {
    private static final List<String> HOSTS = List.of("s1", "s2", "s3");

    @Property(tries = 200)
    void shouldKeepOneActiveLockPerHostAndHistoryFrozen(@ForAll("operations") final List<int[]> ops) {
        MutableClock clock = new MutableClock(Farms.T0);
        FarmLockManager farm = Farms.withHosts(clock, HOSTS.size());
        farm.putLockType(LockType.of("Autotest", "#009", "#fff").withExpiring(true));
        Map<Long, FarmLock> ended = new HashMap<>();
        for (int[] op : ops) {
            apply(farm, clock, op);
            FarmSnapshot now = farm.snapshot();
            assertOneLockPerHost(now);
            assertHistoryFrozen(now, ended);
        }
    }

    @Provide
    Arbitrary<List<int[]>> operations() {
        return Arbitraries.integers().between(0, 5).array(int[].class).ofSize(4)
                .map(a -> new int[] {a[0], a[1] % HOSTS.size(), a[2], a[3]}).list().ofMaxSize(60);
    }

    private static void apply(final FarmLockManager farm, final MutableClock clock, final int[] op) {
        try {
            switch (op[0]) {
                case 0 -> farm.lock(LockRequest.manual("m", "o").withPlannedHours(op[2]),
                        List.of(HOSTS.get(op[1]), HOSTS.get(op[3] % HOSTS.size())));
                case 1 -> farm.tryAcquire(HostSelector.named(HOSTS.get(op[1])),
                        LockRequest.automatic("a", "j").withType("Autotest").withPlannedHours(op[2]));
                case 2 -> farm.unlock(1 + op[2] + op[3]);
                case 3 -> clock.advance(Duration.ofMinutes(30L * op[2]));
                case 4 -> farm.update(1 + op[2], LockEdit.none().withTitle("t" + op[3])
                        .withHosts(List.of(HOSTS.get(op[1]))));
                default -> farm.update(1 + op[3], LockEdit.none().withEnd(clock.instant().plusSeconds(op[2] * 600L)));
            }
        }
        catch (FarmException e) {
            // refused: the rules held, the state must be unchanged, which the invariants check
        }
    }

    private static void assertOneLockPerHost(final FarmSnapshot farm) {
        Set<String> held = new HashSet<>();
        for (FarmLock lock : farm.activeLocks()) {
            for (String host : lock.getHosts()) {
                assertThat(held.add(host)).as("%s is held twice", host).isTrue();
            }
        }
    }

    /** Once ended, a lock keeps its end, hosts, owner and plan forever. */
    private static void assertHistoryFrozen(final FarmSnapshot farm, final Map<Long, FarmLock> ended) {
        for (FarmLock lock : farm.getLocks()) {
            FarmLock before = ended.get(lock.getId());
            if (before != null) {
                assertThat(lock.getEnd()).isEqualTo(before.getEnd());
                assertThat(lock.getHosts()).isEqualTo(before.getHosts());
                assertThat(lock.getOwner()).isEqualTo(before.getOwner());
                assertThat(lock.getPlannedHours()).isEqualTo(before.getPlannedHours());
            }
            else if (!lock.isActiveAt(farm.getTakenAt())) {
                ended.put(lock.getId(), lock);
            }
        }
    }
}
