package io.jenkins.plugins.perftracker.core.farm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PerfTracker's hosts timeline as a view model. Rules (from its {@code HwFarmNodesTimeline}): the window runs
 * from midnight 7 days back to midnight 3 days ahead; a row per visible host, "name (purpose)", optionally
 * only the hosts of one project; the locks that began up to 60 days before the window, plus every lock still
 * open or active; an open lock is drawn until begin + planned hours, or until now + 1 day when that has passed
 * (or there is no plan); bars take their lock type's colours.
 */
public final class FarmTimelineBuilder {
    static final int DAYS_BACK = 7;
    static final int DAYS_AHEAD = 3;
    static final int HISTORY_DAYS = 60;
    private static final DateTimeFormatter HINT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    /** Days and hint times are those of {@code zone} (the controller's or the user's). */
    public FarmTimelineBuilder(final ZoneId zone) {
        this.zone = zone;
    }

    /** All visible hosts. */
    public FarmTimeline build(final FarmSnapshot farm) {
        return build(farm, Optional.empty());
    }

    /** The visible hosts of {@code project}, or all visible hosts when empty. */
    public FarmTimeline build(final FarmSnapshot farm, final Optional<String> project) {
        ZonedDateTime now = farm.getTakenAt().atZone(zone);
        ZonedDateTime start = now.minusDays(DAYS_BACK).truncatedTo(ChronoUnit.DAYS);
        ZonedDateTime end = now.plusDays(DAYS_AHEAD).truncatedTo(ChronoUnit.DAYS);
        Instant since = start.minusDays(HISTORY_DAYS).toInstant();
        Map<String, List<FarmLock>> shown = shownLocksByHost(farm, since);
        List<TimelineRow> rows = new ArrayList<>();
        List<TimelineBar> bars = new ArrayList<>();
        for (FarmHost host : farm.getHosts()) {
            if (!host.isHidden() && project.map(host.getProjects()::contains).orElse(true)) {
                rows.add(new TimelineRow(host.getName(), host.displayName(), farm.status(host.getName())));
                shown.getOrDefault(host.getName(), List.of()).stream()
                        .map(l -> new TimelineBar(host.getName(), l, farm.lockType(l.getType()),
                                drawnEnd(l, farm.getTakenAt()).toEpochMilli(), hint(l)))
                        .forEach(bars::add);
            }
        }
        return new FarmTimeline(now, start, end, rows, bars, legend(farm, bars));
    }

    /** The locks each host's row shows, by begin: one pass over the history, not one per host. */
    private static Map<String, List<FarmLock>> shownLocksByHost(final FarmSnapshot farm, final Instant since) {
        Map<String, List<FarmLock>> byHost = new HashMap<>();
        farm.getLocks().stream()
                .filter(l -> !l.getBegin().isBefore(since) || l.isActiveAt(farm.getTakenAt()))
                .sorted(Comparator.comparing(FarmLock::getBegin).thenComparingLong(FarmLock::getId))
                .forEach(l -> l.getHosts().forEach(h -> byHost.computeIfAbsent(h, k -> new ArrayList<>()).add(l)));
        return byHost;
    }

    /** The end a bar is drawn to: its end, else its planned end, else (or once that passed) now + 1 day. */
    static Instant drawnEnd(final FarmLock lock, final Instant now) {
        Instant fallback = now.plus(Duration.ofDays(1));
        if (lock.getEnd().isPresent()) {
            return lock.getEnd().get();
        }
        return lock.plannedEnd().filter(planned -> !planned.isBefore(now)).orElse(fallback);
    }

    /** "title (owner) | begin - end"; the owner part only when there is one, the end only once it is set. */
    String hint(final FarmLock lock) {
        StringBuilder hint = new StringBuilder(lock.getTitle());
        if (!lock.getOwner().isEmpty()) {
            hint.append(" (").append(lock.getOwner()).append(')');
        }
        hint.append(" | ").append(HINT_TIME.format(lock.getBegin().atZone(zone)));
        lock.getEnd().ifPresent(e -> hint.append(" - ").append(HINT_TIME.format(e.atZone(zone))));
        return hint.toString();
    }

    private static List<LockType> legend(final FarmSnapshot farm, final List<TimelineBar> bars) {
        Set<LockType> types = new LinkedHashSet<>(farm.getLockTypes());
        bars.stream().map(b -> farm.lockType(b.getType())).forEach(types::add);
        return types.stream().sorted(LockType.DISPLAY_ORDER).toList();
    }
}
