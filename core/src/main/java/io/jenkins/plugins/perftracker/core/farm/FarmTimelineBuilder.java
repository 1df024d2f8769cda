package io.jenkins.plugins.perftracker.core.farm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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
        List<TimelineRow> rows = new ArrayList<>();
        List<TimelineBar> bars = new ArrayList<>();
        for (FarmHost host : farm.getHosts()) {
            if (!host.isHidden() && project.map(host.getProjects()::contains).orElse(true)) {
                rows.add(new TimelineRow(host.getName(), host.displayName(), farm.status(host.getName())));
                bars.addAll(barsOf(farm, host.getName(), since));
            }
        }
        return new FarmTimeline(now, start, end, rows, bars, legend(farm, bars));
    }

    private List<TimelineBar> barsOf(final FarmSnapshot farm, final String host, final Instant since) {
        Instant now = farm.getTakenAt();
        return farm.getLocks().stream()
                .filter(l -> l.getHosts().contains(host))
                .filter(l -> !l.getBegin().isBefore(since) || l.isActiveAt(now))
                .sorted(Comparator.comparing(FarmLock::getBegin).thenComparingLong(FarmLock::getId))
                .map(l -> new TimelineBar(host, l, farm.lockType(l.getType()), drawnEnd(l, now).toEpochMilli(),
                        hint(l)))
                .toList();
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
