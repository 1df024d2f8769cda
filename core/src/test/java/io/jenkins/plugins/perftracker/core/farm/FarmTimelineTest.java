package io.jenkins.plugins.perftracker.core.farm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Now is 2026-11-20 10:00 UTC: the window is Nov 13 00:00 to Nov 23 00:00, history reaches back to Sep 14. */
class FarmTimelineTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final LockType AUTOTEST = LockType.of("Autotest", "#003399", "#ffffff").withOrder(2);
    private static final FarmTimelineBuilder UTC = new FarmTimelineBuilder(ZoneOffset.UTC);

    private final List<FarmLock> locks = new ArrayList<>();
    private final List<FarmHost> hosts = new ArrayList<>(List.of(
            Farms.host("s1", "perf"),
            Farms.host("s2", "old").toBuilder().hidden(true).build(),
            FarmHost.builder("s3").projects(List.of("db")).order(1).build()));

    @Test
    void shouldSpanFromMidnightSevenDaysBackToMidnightThreeDaysAhead() {
        FarmTimeline timeline = UTC.build(farm());

        assertThat(Instant.ofEpochMilli(timeline.getWindowStart())).isEqualTo("2026-11-13T00:00:00Z");
        assertThat(Instant.ofEpochMilli(timeline.getWindowEnd())).isEqualTo("2026-11-23T00:00:00Z");
        assertThat(timeline.getNow()).isEqualTo(NOW.toEpochMilli());
        FarmTimeline berlin = new FarmTimelineBuilder(ZoneId.of("Europe/Berlin")).build(farm());
        assertThat(Instant.ofEpochMilli(berlin.getWindowStart())).isEqualTo("2026-11-12T23:00:00Z");
        assertThat(berlin.getZone()).isEqualTo("Europe/Berlin");
    }

    @Test
    void shouldShowOneRowPerVisibleHostOptionallyOfOneProject() {
        assertThat(UTC.build(farm()).getRows()).extracting(TimelineRow::getLabel).containsExactly("s3", "s1 (perf)");
        assertThat(UTC.build(farm(), Optional.of("db")).getRows()).extracting(TimelineRow::getHost)
                .containsExactly("s3");
    }

    @Test
    void shouldShowLocksOfTheLastSixtyDaysPlusOpenOnes() {
        Instant since = Instant.parse("2026-09-14T00:00:00Z");
        ended(1, "too old", since.minusSeconds(60), since.plusSeconds(3600), "s1");
        ended(2, "just in", since, since.plusSeconds(3600), "s1");
        open(3, "forgotten", NOW.minus(Duration.ofDays(200)), 24, "s1");

        assertThat(UTC.build(farm()).getBars()).extracting(TimelineBar::getTitle)
                .containsExactly("forgotten", "just in");
    }

    @Test
    void shouldDrawOpenLocksToTheirPlanOrToTomorrowOnceThePlanHasPassed() {
        ended(1, "done", NOW.minus(Duration.ofHours(5)), NOW.minus(Duration.ofHours(4)), "s1");
        open(2, "planned", NOW.minus(Duration.ofHours(2)), 24, "s1");
        open(3, "overdue", NOW.minus(Duration.ofHours(30)), 24, "s3");
        open(4, "no plan", NOW.minus(Duration.ofHours(1)), 0, "s3");

        List<TimelineBar> bars = UTC.build(farm()).getBars();

        assertThat(bars).extracting(TimelineBar::getTitle).containsExactly("overdue", "no plan", "done", "planned");
        assertThat(bars).extracting(b -> Instant.ofEpochMilli(b.getEnd())).containsExactly(
                Instant.parse("2026-11-21T10:00:00Z"), Instant.parse("2026-11-21T10:00:00Z"),
                Instant.parse("2026-11-20T06:00:00Z"), Instant.parse("2026-11-21T08:00:00Z"));
        assertThat(bars).extracting(TimelineBar::isOpen).containsExactly(true, true, false, true);
    }

    @Test
    void shouldWritePerfTrackersHint() {
        ended(1, "nightly", Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-11-20T09:30:00Z"), "s1");
        locks.add(new FarmLock(2, LockRequest.manual("debug", ""), Instant.parse("2026-11-19T22:15:00Z"), null,
                List.of("s1")));

        assertThat(UTC.build(farm()).getBars()).extracting(TimelineBar::getHint).containsExactly(
                "debug | 2026-11-19 22:15", "nightly (jenkins) | 2026-11-20 08:00 - 2026-11-20 09:30");
        assertThat(new FarmTimelineBuilder(ZoneId.of("Europe/Berlin")).build(farm()).getBars().get(0).getHint())
                .isEqualTo("debug | 2026-11-19 23:15");
    }

    @Test
    void shouldColourBarsFromTheirTypeAndFallBackToTheDefault() {
        locks.add(new FarmLock(1, LockRequest.automatic("a", "j").withType("Autotest"), NOW, null, List.of("s1")));
        locks.add(new FarmLock(2, LockRequest.automatic("b", "j").withType("Removed"), NOW, null, List.of("s3")));

        FarmTimeline timeline = UTC.build(farm());

        assertThat(timeline.getBars()).extracting(TimelineBar::getBackground, TimelineBar::getForeground)
                .containsExactly(tuple("#777", "#fff"),
                        tuple("#003399", "#ffffff"));
        assertThat(timeline.getLockTypes()).containsExactly(LockType.DEFAULT, AUTOTEST);
    }

    @Test
    void shouldDrawAMultiHostLockOnEachRowItHolds() {
        open(1, "cluster test", NOW, 4, "s1", "s3");

        assertThat(UTC.build(farm()).getBars()).extracting(TimelineBar::getHost).containsExactly("s3", "s1");
    }

    @Test
    void shouldSerialiseAsJsonWithRawTextForThePageToEscape() throws Exception {
        locks.add(new FarmLock(7, LockRequest.manual("<script>x</script>", "bob").withType("Autotest"),
                NOW.minusSeconds(60), null, List.of("s1")));

        JsonNode json = new ObjectMapper().readTree(UTC.build(farm()).toJson());

        assertThat(json.get("windowStart").asLong()).isEqualTo(Instant.parse("2026-11-13T00:00:00Z").toEpochMilli());
        assertThat(json.at("/rows/1/label").asText()).isEqualTo("s1 (perf)");
        assertThat(json.at("/rows/1/status").asText()).isEqualTo("LOCKED");
        assertThat(json.at("/bars/0/lockId").asLong()).isEqualTo(7);
        assertThat(json.at("/bars/0/title").asText()).isEqualTo("<script>x</script>");
        assertThat(json.at("/bars/0/background").asText()).isEqualTo("#003399");
        assertThat(json.at("/bars/0/end").asLong()).isEqualTo(NOW.plus(Duration.ofHours(24)).minusSeconds(60)
                .toEpochMilli());
        assertThat(json.at("/lockTypes/0/name").asText()).isEqualTo("Autotest");
    }

    private FarmSnapshot farm() {
        return new FarmSnapshot(NOW, hosts, List.of(AUTOTEST), locks, 1);
    }

    private void ended(final long id, final String title, final Instant begin, final Instant end,
            final String... on) {
        locks.add(new FarmLock(id, LockRequest.automatic(title, "jenkins"), begin, end, List.of(on)));
    }

    private void open(final long id, final String title, final Instant begin, final int hours, final String... on) {
        locks.add(new FarmLock(id, LockRequest.manual(title, "bob").withPlannedHours(hours), begin, null,
                List.of(on)));
    }
}
