package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineEdgeCasesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void shouldFollowDaylightSavingAtTheWindowEdges() {
        Instant now = Instant.parse("2026-03-31T10:00:00Z");

        FarmTimeline timeline = new FarmTimelineBuilder(BERLIN).build(FarmSnapshot.empty(now));

        assertThat(Instant.ofEpochMilli(timeline.getWindowStart())).as("Mar 24 00:00 CET")
                .isEqualTo("2026-03-23T23:00:00Z");
        assertThat(Instant.ofEpochMilli(timeline.getWindowEnd())).as("Apr 3 00:00 CEST")
                .isEqualTo("2026-04-02T22:00:00Z");
    }

    @Test
    void shouldUseTheLocalDayJustAfterMidnight() {
        Instant now = Instant.parse("2026-11-19T23:30:00Z");

        FarmTimeline utc = new FarmTimelineBuilder(ZoneOffset.UTC).build(FarmSnapshot.empty(now));
        FarmTimeline berlin = new FarmTimelineBuilder(BERLIN).build(FarmSnapshot.empty(now));

        assertThat(Instant.ofEpochMilli(utc.getWindowStart())).isEqualTo("2026-11-12T00:00:00Z");
        assertThat(Instant.ofEpochMilli(berlin.getWindowStart())).as("already Nov 20 in Berlin")
                .isEqualTo("2026-11-12T23:00:00Z");
    }

    @Test
    void shouldShowNothingForAnEmptyFarmOrAnUnknownProject() {
        FarmSnapshot farm = new FarmSnapshot(Farms.T0, List.of(Farms.host("s1", "perf")), List.of(), List.of(), 1);

        FarmTimeline timeline = new FarmTimelineBuilder(ZoneOffset.UTC).build(farm, Optional.of("nope"));

        assertThat(timeline.getRows()).isEmpty();
        assertThat(timeline.getBars()).isEmpty();
        assertThat(new FarmTimelineBuilder(ZoneOffset.UTC).build(FarmSnapshot.empty(Farms.T0)).getLockTypes())
                .isEmpty();
    }

    @Test
    void shouldHideLocksOfHiddenAndRemovedHosts() {
        FarmHost hidden = Farms.host("s2", "old").toBuilder().hidden(true).build();
        List<FarmLock> locks = List.of(
                new FarmLock(1, LockRequest.manual("on hidden", "o"), Farms.T0, null, List.of("s2")),
                new FarmLock(2, LockRequest.manual("on removed", "o"), Farms.T0, null, List.of("s9")),
                new FarmLock(3, LockRequest.manual("on both", "o"), Farms.T0, null, List.of("s1", "s9")));
        FarmSnapshot farm = new FarmSnapshot(Farms.T0, List.of(Farms.host("s1", "perf"), hidden), List.of(), locks, 4);

        FarmTimeline timeline = new FarmTimelineBuilder(ZoneOffset.UTC).build(farm);

        assertThat(timeline.getBars()).extracting(TimelineBar::getTitle).containsExactly("on both");
        assertThat(timeline.getBars().get(0).getHost()).isEqualTo("s1");
    }

    @Test
    void shouldDrawALockEndingInTheFutureToThatEnd() {
        Instant end = Farms.T0.plus(Duration.ofHours(5));
        FarmSnapshot farm = new FarmSnapshot(Farms.T0, List.of(Farms.host("s1", "perf")), List.of(),
                List.of(new FarmLock(1, LockRequest.manual("window", "ops").withPlannedHours(1), Farms.T0, end,
                        List.of("s1"))), 2);

        TimelineBar bar = new FarmTimelineBuilder(ZoneOffset.UTC).build(farm).getBars().get(0);

        assertThat(bar.getEnd()).isEqualTo(end.toEpochMilli());
        assertThat(bar.isOpen()).isFalse();
        assertThat(bar.isManual()).isTrue();
        assertThat(bar.getBegin()).isEqualTo(Farms.T0.toEpochMilli());
        assertThat(bar.getOwner()).isEqualTo("ops");
        assertThat(bar.getType()).isEqualTo("Default lock type");
        assertThat(bar.getLockId()).isEqualTo(1);
    }

    @Test
    void shouldDrawAPlanEndingExactlyNowToItsPlan() {
        Instant begin = Farms.T0.minus(Duration.ofHours(24));

        assertThat(FarmTimelineBuilder.drawnEnd(new FarmLock(1, LockRequest.manual("t", "o"), begin, null,
                List.of("s1")), Farms.T0)).isEqualTo(Farms.T0);
        assertThat(FarmTimelineBuilder.drawnEnd(new FarmLock(1, LockRequest.manual("t", "o"), begin.minusMillis(1),
                null, List.of("s1")), Farms.T0)).isEqualTo(Farms.T0.plus(Duration.ofDays(1)));
    }

    @Test
    void shouldReportEachRowsStatusNow() {
        LockType maintenance = LockType.of("Maintenance", "#c00", "#fff").withOutOfService(true);
        FarmSnapshot farm = new FarmSnapshot(Farms.T0, List.of(Farms.host("s1", ""), Farms.host("s2", ""),
                Farms.host("s3", "")), List.of(maintenance), List.of(
                new FarmLock(1, LockRequest.manual("a", "o").withType("Maintenance"), Farms.T0, null, List.of("s1")),
                new FarmLock(2, LockRequest.manual("b", "o"), Farms.T0, null, List.of("s2"))), 3);

        assertThat(new FarmTimelineBuilder(ZoneOffset.UTC).build(farm).getRows()).extracting(TimelineRow::getStatus)
                .containsExactly(HostStatus.OUT_OF_SERVICE, HostStatus.LOCKED, HostStatus.FREE);
    }
}
