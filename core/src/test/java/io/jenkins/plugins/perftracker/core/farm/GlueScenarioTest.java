package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Jenkins glue will do, with stand-ins for Jenkins: mirror locks as reservations of the resource with
 * the host's name, take agents offline while an out-of-service lock holds them, and save the farm on every
 * change. It proves that the listener API carries everything the glue needs.
 */
class GlueScenarioTest {
    private final MutableClock clock = new MutableClock(Farms.T0);
    private final FarmLockManager farm = Farms.withHosts(clock, 3);
    private final Map<String, String> reservations = new TreeMap<>();
    private final Set<String> offline = new TreeSet<>();

    @TempDir
    private Path home;

    /** Reserves the resource named like the host for the lock's owner, and frees it when the lock ends. */
    private final class LockableResourcesMirror implements FarmListener {
        @Override
        public void locked(final FarmLock lock) {
            lock.getHosts().forEach(h -> reservations.put(h, lock.getOwner() + ": " + lock.getTitle()));
            if (farm.snapshot().lockType(lock.getType()).isOutOfService()) {
                offline.addAll(lock.getHosts());
            }
        }

        @Override
        public void ended(final FarmLock lock, final EndReason reason) {
            lock.getHosts().forEach(reservations::remove);
            offline.removeAll(lock.getHosts());
        }

        @Override
        public void updated(final FarmLock before, final FarmLock after) {
            ended(before, EndReason.UNLOCKED);
            if (after.isActiveAt(clock.instant())) {
                locked(after);
            }
        }
    }

    /** Saves through a temporary file and a rename, as Jenkins' AtomicFileWriter does. */
    private final class Saver implements FarmListener {
        private final FarmXmlCodec codec = new FarmXmlCodec();
        private int saves;

        @Override
        public void changed() {
            try {
                Path temp = home.resolve("perftracker-farm.xml.tmp");
                try (OutputStream out = Files.newOutputStream(temp)) {
                    codec.write(farm.snapshot(), out);
                }
                Files.move(temp, home.resolve("perftracker-farm.xml"), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                saves++;
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void shouldMirrorLocksAsReservationsAndOfflineAgents() throws InterruptedException {
        farm.putLockType(LockType.of("Maintenance", "#c00", "#fff").withOutOfService(true));
        farm.addListener(new LockableResourcesMirror());

        FarmLock maintenance = farm.lock(LockRequest.manual("PSU swap", "ops").withType("Maintenance"),
                List.of("s1"));
        try (HostLease lease = farm.acquire(HostSelector.withLabel("x86"), LockRequest.automatic("perf #3", "jenkins"),
                Duration.ZERO)) {
            assertThat(lease.getHostName()).isEqualTo("s2");
            assertThat(reservations).containsOnly(Map.entry("s1", "ops: PSU swap"), Map.entry("s2", "jenkins: perf #3"));
            assertThat(offline).containsExactly("s1");
        }
        farm.update(maintenance.getId(), LockEdit.none().withHosts(List.of("s3")));

        assertThat(reservations).containsOnly(Map.entry("s3", "ops: PSU swap"));
        assertThat(offline).containsExactly("s3");
        farm.unlock(maintenance.getId());
        assertThat(reservations).isEmpty();
        assertThat(offline).isEmpty();
    }

    @Test
    void shouldSaveEveryChangeSoThatARestartLosesNothing() throws IOException {
        Saver saver = new Saver();
        farm.addListener(saver);
        farm.putLockType(LockType.of("Autotest", "#009", "#fff").withExpiring(true));
        farm.lock(LockRequest.manual("debug", "bob"), List.of("s1"));
        FarmLock nightly = farm.lock(LockRequest.automatic("nightly", "jenkins").withType("Autotest")
                .withPlannedHours(8), List.of("s2"));
        clock.advance(Duration.ofHours(9));
        farm.expire();

        FarmSnapshot saved;
        try (InputStream in = Files.newInputStream(home.resolve("perftracker-farm.xml"))) {
            saved = new FarmXmlCodec().read(in, "perftracker-farm.xml");
        }

        assertThat(saver.saves).isEqualTo(4);
        assertThat(saved.sameContent(farm.snapshot())).isTrue();
        assertThat(saved.lockById(nightly.getId()).orElseThrow().getEnd())
                .contains(Farms.T0.plus(Duration.ofHours(8)));
        FarmLockManager restarted = FarmLockManager.restore(saved, clock);
        assertThat(restarted.activeLock("s1")).isPresent();
        assertThat(restarted.activeLock("s2")).isEmpty();
        assertThat(restarted.lock(LockRequest.manual("next", "bob"), List.of("s2")).getId()).isEqualTo(3);
    }

    @Test
    void shouldExpireAfterARestartALockWhosePlanRanOutWhileJenkinsWasDown() {
        farm.putLockType(LockType.of("Autotest", "#009", "#fff").withExpiring(true));
        farm.lock(LockRequest.automatic("nightly", "jenkins").withType("Autotest").withPlannedHours(2),
                List.of("s1"));
        FarmSnapshot saved = farm.snapshot();
        clock.advance(Duration.ofHours(5));

        FarmLockManager restarted = FarmLockManager.restore(saved, clock);

        assertThat(restarted.activeLock("s1")).isEmpty();
        assertThat(restarted.lockById(1).orElseThrow().getEnd()).contains(Farms.T0.plus(Duration.ofHours(2)));
    }
}
