package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ended locks are pruned by age and count, and a file grown large by history always loads (issue 12). */
class FarmHistoryTest {
    /** The size at which the farm used to refuse its own file (about 70,000 locks). */
    private static final int OLD_LIMIT = 32 * 1024 * 1024;

    private final MutableClock clock = new MutableClock(Farms.T0);

    @Test
    void shouldLoadAFileThatHistoryGrewPastTheOldLimit() {
        byte[] file = yearsOfHistory(100_000);
        assertThat(file.length).isGreaterThan(OLD_LIMIT);

        FarmSnapshot all = new FarmXmlCodec().read(new ByteArrayInputStream(file), "perftracker-farm.xml");

        assertThat(all.getLocks()).hasSize(100_001);
        assertThat(all.activeLock("s1")).map(FarmLock::getTitle).contains("nightly perf");
    }

    @Test
    void shouldKeepOnlyThePolicysHistoryWhenLoadingABigFile() {
        byte[] file = yearsOfHistory(100_000); // one lock an hour for 100,000 hours back, plus one open

        FarmXmlCodec.Loaded loaded = new FarmXmlCodec().read(new ByteArrayInputStream(file), "perftracker-farm.xml",
                HistoryPolicy.DEFAULT, Farms.T0);

        List<FarmLock> locks = loaded.farm().getLocks();
        assertThat(locks).hasSize(60 * 24 + 1); // 60 days of hourly locks and the open one
        assertThat(loaded.droppedLocks()).isEqualTo(100_000 - 60 * 24);
        assertThat(locks).allMatch(l -> l.isActiveAt(Farms.T0)
                || !l.getEnd().orElseThrow().isBefore(Farms.T0.minus(Duration.ofDays(60))));
        assertThat(loaded.farm().getNextLockId()).isEqualTo(100_002);
        FarmLockManager restored = FarmLockManager.restore(loaded.farm(), clock);
        assertThat(restored.activeLock("s1")).map(FarmLock::getId).contains(100_001L);
    }

    @Test
    void shouldKeepAtMostTheNewestEndedLocksWhenLoading() {
        byte[] file = yearsOfHistory(500);

        FarmXmlCodec.Loaded loaded = new FarmXmlCodec().read(new ByteArrayInputStream(file), "f.xml",
                HistoryPolicy.of(3650, 100), Farms.T0);

        assertThat(loaded.farm().getLocks()).hasSize(101);
        assertThat(loaded.farm().getLocks().get(0).getId()).isEqualTo(401); // the oldest 400 dropped
        assertThat(loaded.droppedLocks()).isEqualTo(400);
    }

    @Test
    void shouldRefuseOneHugeValueNamingWhereItIs() {
        String xml = "<farm version='1' takenAt='2026-11-20T10:00:00Z' nextLockId='1'><hosts><host name='s1'>"
                + "<notes>" + "x".repeat(FarmXmlCodec.MAX_TOKEN_BYTES + 1) + "</notes></host></hosts></farm>";

        assertThatThrownBy(() -> new FarmXmlCodec().fromXml(xml, "huge.xml")).isInstanceOf(FarmFormatException.class)
                .hasMessageStartingWith("huge.xml")
                .hasMessageContaining("an element or text longer than " + FarmXmlCodec.MAX_TOKEN_BYTES
                        + " bytes at byte " + (xml.indexOf("xxx") + 1));
    }

    @Test
    void shouldPruneEndedLocksOlderThanTheAgeButNeverAnActiveOne() {
        FarmLockManager farm = Farms.withHosts(clock, 2);
        farm.setHistoryPolicy(HistoryPolicy.DEFAULT.withDays(10));
        List<FarmLock> pruned = new CopyOnWriteArrayList<>();
        farm.addListener(new FarmListener() {
            @Override
            public void pruned(final List<FarmLock> dropped) {
                pruned.addAll(dropped);
            }
        });
        FarmLock old = farm.lock(LockRequest.manual("old", "bob"), List.of("s1"));
        FarmLock forgotten = farm.lock(LockRequest.manual("forgotten", "bob").withPlannedHours(0), List.of("s2"));
        farm.unlock(old.getId());
        clock.advance(Duration.ofDays(9));
        FarmLock recent = farm.lock(LockRequest.manual("recent", "bob"), List.of("s1"));
        farm.unlock(recent.getId());
        clock.advance(Duration.ofDays(2)); // old ended 11 days ago, recent 2 days ago

        assertThat(farm.pruneHistory()).extracting(FarmLock::getTitle).containsExactly("old");

        assertThat(farm.snapshot().getLocks()).extracting(FarmLock::getTitle).containsExactly("forgotten", "recent");
        assertThat(pruned).extracting(FarmLock::getId).containsExactly(old.getId());
        assertThat(farm.activeLock("s2")).contains(forgotten);
    }

    @Test
    void shouldDropTheOldestEndedLockAsSoonAsTheCountIsExceeded() {
        FarmLockManager farm = Farms.withHosts(clock, 1);
        farm.setHistoryPolicy(HistoryPolicy.of(60, 3));

        for (int i = 1; i <= 5; i++) {
            farm.unlock(farm.lock(LockRequest.manual("run " + i, "ci"), List.of("s1")).getId());
        }
        FarmLock open = farm.lock(LockRequest.manual("open", "ci"), List.of("s1"));

        assertThat(farm.snapshot().getLocks()).extracting(FarmLock::getTitle)
                .containsExactly("run 3", "run 4", "run 5", "open");
        assertThat(farm.activeLock("s1")).contains(open);
    }

    @Test
    void shouldWriteAFileOfBoundedSizeWhateverTheFarmsAge() throws IOException {
        FarmLockManager farm = Farms.withHosts(clock, 1);
        farm.setHistoryPolicy(HistoryPolicy.of(60, 1000));
        for (int i = 0; i < 5000; i++) { // two locks a day for almost seven years
            farm.unlock(farm.lock(LockRequest.automatic("nightly perf " + i, "jenkins"), List.of("s1")).getId());
            clock.advance(Duration.ofHours(12));
        }

        farm.pruneHistory(); // the plugin's periodic sweep
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FarmXmlCodec().write(farm.snapshot(), out);

        assertThat(farm.snapshot().getLocks()).hasSize(120).allMatch(l -> l.getTitle().startsWith("nightly perf 4"));
        assertThat(out.size()).isLessThan(120 * 400 + 2000);
    }

    @Test
    void shouldRefuseNonsensePolicies() {
        assertThatThrownBy(() -> HistoryPolicy.of(0, 10)).hasMessageContaining("historyDays: 1..3660 expected");
        assertThatThrownBy(() -> HistoryPolicy.of(10, 0)).hasMessageContaining("maxEndedLocks: at least 1");
    }

    /** A farm file with {@code ended} hourly locks of the last {@code ended} hours and one open lock. */
    private static byte[] yearsOfHistory(final int ended) {
        StringBuilder xml = new StringBuilder(ended * 450 + 1000);
        xml.append("<?xml version='1.0' encoding='UTF-8'?>\n<farm version=\"1\" takenAt=\"").append(Farms.T0)
                .append("\" nextLockId=\"").append(ended + 2).append("\">\n  <hosts>\n")
                .append("    <host name=\"s1\">\n      <purpose>db perf</purpose>\n    </host>\n  </hosts>\n")
                .append("  <lockTypes/>\n  <locks>\n");
        for (int i = 1; i <= ended; i++) {
            Instant end = Farms.T0.minus(Duration.ofHours(ended - i + 1));
            lock(xml, i, "nightly perf of branch feature/" + i + " with the full suite", end.minusSeconds(3000), end);
        }
        lock(xml, ended + 1, "nightly perf", Farms.T0.minusSeconds(60), null);
        return xml.append("  </locks>\n</farm>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void lock(final StringBuilder xml, final long id, final String title, final Instant begin,
            final Instant end) {
        xml.append("    <lock id=\"").append(id).append("\">\n      <title>").append(title)
                .append("</title>\n      <owner>jenkins</owner>\n      <type>Default lock type</type>\n")
                .append("      <plannedHours>24</plannedHours>\n      <manual>false</manual>\n      <begin>")
                .append(begin).append("</begin>\n");
        if (end != null) {
            xml.append("      <end>").append(end).append("</end>\n");
        }
        xml.append("      <host>s1</host>\n    </lock>\n");
    }
}
