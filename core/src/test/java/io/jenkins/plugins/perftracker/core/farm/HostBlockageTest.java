package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words the Jenkins queue shows for a build kept off a locked host. */
class HostBlockageTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private final MutableClock clock = new MutableClock(Farms.T0); // 10:00 UTC
    private final FarmLockManager farm = Farms.withHosts(clock, 2);

    @Test
    void shouldNameTheLockAndItsEndOfTheDay() {
        farm.putLockType(LockType.of("Autotest", "#009", "#fff").withExpiring(true));
        farm.lock(LockRequest.automatic("nightly perf", "jenkins").withType("Autotest").withPlannedHours(16),
                List.of("s2"));

        assertThat(HostBlockage.of(farm.snapshot(), "s2", UTC))
                .contains("host s2 is locked by 'nightly perf' until 2026-11-21 02:00");
        clock.advance(Duration.ofHours(15));
        assertThat(HostBlockage.of(farm.snapshot(), "s2", UTC)).contains("host s2 is locked by 'nightly perf' until 02:00");
        assertThat(HostBlockage.of(farm.snapshot(), "s1", UTC)).isEmpty();
    }

    @Test
    void shouldSayAboutForAPlanAndUnlockedForAnOpenLock() {
        farm.lock(LockRequest.manual("debug", "bob").withPlannedHours(2), List.of("s1"));
        farm.lock(LockRequest.manual("forever", "bob").withPlannedHours(0), List.of("s2"));

        assertThat(HostBlockage.of(farm.snapshot(), "s1", UTC)).contains("host s1 is locked by 'debug' until about 12:00");
        assertThat(HostBlockage.of(farm.snapshot(), "s2", UTC))
                .contains("host s2 is locked by 'forever' until it is unlocked");
        clock.advance(Duration.ofHours(3));
        assertThat(HostBlockage.of(farm.snapshot(), "s1", UTC)).contains("host s1 is locked by 'debug' until it is unlocked");
    }

    @Test
    void shouldSayOutOfServiceInTheZoneOfTheController() {
        farm.putLockType(LockType.of("Maintenance", "#c00", "#fff").withOutOfService(true).withExpiring(true));
        farm.lock(LockRequest.manual("BIOS update", "admin").withType("Maintenance").withPlannedHours(4),
                List.of("s1"));

        assertThat(HostBlockage.of(farm.snapshot(), "s1", ZoneId.of("Europe/Berlin")))
                .contains("host s1 is out of service: 'BIOS update' until 15:00");
    }
}
