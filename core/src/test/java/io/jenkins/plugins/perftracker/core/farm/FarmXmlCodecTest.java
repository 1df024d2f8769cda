package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FarmXmlCodecTest {
    private final FarmXmlCodec codec = new FarmXmlCodec();
    private final MutableClock clock = new MutableClock(Farms.T0);

    @Test
    void shouldSurviveARestartWithHistoryActiveLocksAndIdsThatContinue(@org.junit.jupiter.api.io.TempDir
            final Path dir) throws IOException {
        FarmLockManager before = busyFarm();
        Path file = dir.resolve("perftracker-farm.xml");
        try (var out = Files.newOutputStream(file)) {
            codec.write(before.snapshot(), out);
        }

        FarmSnapshot loaded;
        try (InputStream in = Files.newInputStream(file)) {
            loaded = codec.read(in, file.toString());
        }
        FarmLockManager after = FarmLockManager.restore(loaded, clock);

        assertThat(after.snapshot().sameContent(before.snapshot())).isTrue();
        assertThat(after.snapshot().getLocks()).isEqualTo(before.snapshot().getLocks());
        assertThat(after.host("s1")).contains(Farms.fullHost());
        assertThatThrownBy(() -> after.lock(LockRequest.manual("x", "y"), List.of("s2")))
                .hasMessage("Host 's2' is already locked by 'jenkins' (lock #3 'nightly')");
        assertThat(after.lock(LockRequest.manual("next", "bob"), List.of("s1")).getId()).isEqualTo(4);
    }

    @Test
    void shouldReadTheCheckedInVersionOneFile() throws IOException {
        FarmSnapshot farm;
        try (InputStream in = getClass().getResourceAsStream("/farm/perftracker-farm-v1.xml")) {
            farm = codec.read(in, "perftracker-farm-v1.xml");
        }

        assertThat(farm.getNextLockId()).isEqualTo(13);
        assertThat(farm.getHosts()).extracting(FarmHost::displayName).containsExactly("s1 (db perf)", "s2");
        FarmHost s1 = farm.host("s1").orElseThrow();
        assertThat(s1.getLinks()).containsEntry("dashboard", "https://grafana.example.com/d/s1?orgId=1&var-host=s1");
        assertThat(s1.getIpmiCredentialsId()).isEqualTo("lab-ipmi");
        assertThat(s1.getHardware().getRamGb()).isEqualTo(32.0);
        assertThat(farm.lockType("Maintenance").isOutOfService()).isTrue();
        assertThat(farm.getLocks()).extracting(FarmLock::getId).containsExactly(11L, 12L);
        assertThat(farm.getLocks().get(0).getEnd()).isPresent();
        assertThat(farm.activeLock("s2").orElseThrow().describe()).isEqualTo("lock #12 'nightly perf'");
    }

    @Test
    void shouldRefuseARootElementNamingAForeignClass() {
        assertThatThrownBy(() -> codec.fromXml("<java.lang.ProcessBuilder><command><string>touch</string>"
                + "</command></java.lang.ProcessBuilder>", "farm.xml"))
                .isInstanceOf(FarmFormatException.class).hasMessageStartingWith("farm.xml: ")
                .hasMessageContaining("java.lang.ProcessBuilder");
        assertThatThrownBy(() -> codec.fromXml("<farm class=\"java.util.HashMap\"/>", "farm.xml"))
                .isInstanceOf(FarmFormatException.class).hasMessageContaining("java.util.HashMap");
        assertThatThrownBy(() -> codec.fromXml("<sorted-set><dynamic-proxy><interface>java.lang.Comparable"
                + "</interface></dynamic-proxy></sorted-set>", "farm.xml"))
                .isInstanceOf(FarmFormatException.class);
    }

    @Test
    void shouldRefuseAClassNamedInsideASection() {
        String xml = "<farm version='1' takenAt='2026-11-20T10:00:00Z' nextLockId='1'><hosts>"
                + "<java.lang.ProcessBuilder><command/></java.lang.ProcessBuilder></hosts></farm>";

        assertThatThrownBy(() -> codec.fromXml(xml, "farm.xml")).isInstanceOf(FarmFormatException.class)
                .hasMessageContaining("farm/hosts/java.lang.ProcessBuilder: <host> expected");
    }

    @Test
    void shouldNameFileLineElementAndFieldOfABadValue() {
        String xml = "<farm version='1' takenAt='2026-11-20T10:00:00Z' nextLockId='1'>\n<hosts>\n"
                + "<host name='s1'>\n<cpus>many</cpus>\n</host>\n</hosts>\n</farm>";

        assertThatThrownBy(() -> codec.fromXml(xml, "farm.xml")).isInstanceOf(FarmFormatException.class)
                .hasMessage("farm.xml: line 5: farm/hosts/host[@name='s1']/cpus: an integer expected but was 'many'");
    }

    @Test
    void shouldNameTheFieldTheModelRefuses() {
        String xml = "<farm version='1' takenAt='2026-11-20T10:00:00Z' nextLockId='1'><lockTypes>"
                + "<lockType name='Bad'><background>red</background><foreground>#fff</foreground></lockType>"
                + "</lockTypes></farm>";

        assertThatThrownBy(() -> codec.fromXml(xml, "farm.xml")).isInstanceOf(FarmFormatException.class)
                .hasMessageContaining("farm/lockTypes/lockType[@name='Bad']/background: a colour #rgb or #rrggbb");
    }

    @Test
    void shouldRefuseUnknownElementsVersionsAndBrokenLocks() {
        assertThatThrownBy(() -> codec.fromXml("<farm version='2' takenAt='2026-11-20T10:00:00Z' nextLockId='1'/>",
                "f.xml")).hasMessageContaining("farm/@version: 1 expected but was '2'");
        assertThatThrownBy(() -> codec.fromXml("<farm version='1' takenAt='2026-11-20T10:00:00Z' nextLockId='1'>"
                + "<hosts><host name='s1'><password>x</password></host></hosts></farm>", "f.xml"))
                .hasMessageContaining("farm/hosts/host[@name='s1']/password: unknown element");
        assertThatThrownBy(() -> codec.fromXml("<farm version='1' takenAt='2026-11-20T10:00:00Z' nextLockId='1'>"
                + "<locks><lock id='3'><type>t</type><begin>2026-11-20T10:00:00Z</begin></lock></locks></farm>",
                "f.xml")).hasMessageContaining("farm/locks/lock[@id='3']: a begin, at least one host");
    }

    @Test
    void shouldNotResolveExternalEntities(@org.junit.jupiter.api.io.TempDir final Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<?xml version='1.0'?><!DOCTYPE farm [<!ENTITY x SYSTEM '" + secret.toUri() + "'>]>"
                + "<farm version='1' takenAt='2026-11-20T10:00:00Z' nextLockId='1'><hosts><host name='s1'>"
                + "<notes>&x;</notes></host></hosts></farm>";

        assertThatThrownBy(() -> codec.fromXml(xml, "f.xml")).isInstanceOf(FarmFormatException.class)
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void shouldRefuseAStoredFarmWithTwoActiveLocksOnOneHost() {
        String xml = "<farm version='1' takenAt='2026-11-20T10:00:00Z' nextLockId='1'><hosts><host name='s1'/>"
                + "</hosts><locks>" + openLock(1) + openLock(2) + "</locks></farm>";
        FarmSnapshot snapshot = codec.fromXml(xml, "f.xml");

        assertThatThrownBy(() -> FarmLockManager.restore(snapshot, clock))
                .hasMessage("Stored farm is inconsistent: Host 's1' is already locked by 'o' (lock #1 't') "
                        + "and also by lock #2 't'");
        assertThat(snapshot.getNextLockId()).as("ids continue after the highest stored").isEqualTo(3);
    }

    @Test
    void shouldWriteTheSameBytesForTheSameFarm() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        FarmLockManager farm = busyFarm();

        codec.write(farm.snapshot(), first);
        codec.write(FarmLockManager.restore(farm.snapshot(), clock).snapshot(), second);

        assertThat(second.toString(StandardCharsets.UTF_8)).isEqualTo(first.toString(StandardCharsets.UTF_8))
                .doesNotContain("class=").contains("<sshCredentialsId>lab-ssh</sshCredentialsId>");
    }

    private static String openLock(final int id) {
        return "<lock id='" + id + "'><title>t</title><owner>o</owner><type>Default lock type</type>"
                + "<begin>2026-11-20T09:00:00Z</begin><host>s1</host></lock>";
    }

    private FarmLockManager busyFarm() {
        FarmLockManager farm = new FarmLockManager(clock);
        farm.putHost(Farms.fullHost());
        farm.putHost(Farms.host("s2", "perf", "x86"));
        farm.putLockType(LockType.of("Maintenance", "#c00", "#fff").withOutOfService(true).withOrder(2));
        FarmLock first = farm.lock(LockRequest.manual("PSU swap", "ops").withType("Maintenance"), List.of("s1"));
        farm.lock(LockRequest.manual("debug", "bob"), List.of("s2"));
        farm.unlock(2);
        clock.advance(Duration.ofHours(1));
        farm.unlock(first.getId());
        farm.lock(LockRequest.automatic("nightly", "jenkins").withPlannedHours(6), List.of("s2"));
        return farm;
    }
}
