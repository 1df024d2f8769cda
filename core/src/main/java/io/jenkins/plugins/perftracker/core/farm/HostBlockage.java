package io.jenkins.plugins.perftracker.core.farm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Why a build may not run on a farm host now, in the words the Jenkins queue shows:
 * "host s2 is locked by 'nightly perf' until 02:00". The time is the lock's end, or its planned end when its
 * type expires; today's times show as HH:mm, other days with their date.
 */
public final class HostBlockage {
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter OTHER_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HostBlockage() {
    }

    /** The reason the host is not available, or empty when it is free. */
    public static Optional<String> of(final FarmSnapshot farm, final String host, final ZoneId zone) {
        return farm.activeLock(host).map(lock -> describe(host, lock, farm.lockType(lock.getType()),
                farm.getTakenAt(), zone));
    }

    /** "host s2 is locked by 'nightly perf' until 02:00" or "… is out of service: 'BIOS update' until …". */
    public static String describe(final String host, final FarmLock lock, final LockType type, final Instant now,
            final ZoneId zone) {
        String state = type.isOutOfService() ? " is out of service: '" : " is locked by '";
        return "host " + host + state + lock.getTitle() + "'" + until(lock, type, now, zone);
    }

    /**
     * " until 02:00" (its end, or the planned end of an expiring type), " until about 02:00" (the plan of a
     * lock that does not expire, while it lies ahead), or " until it is unlocked".
     */
    public static String until(final FarmLock lock, final LockType type, final Instant now, final ZoneId zone) {
        Optional<Instant> end = lock.getEnd().or(() -> type.isExpiring() ? lock.plannedEnd() : Optional.empty());
        if (end.isPresent()) {
            return " until " + format(end.get(), now, zone);
        }
        return lock.plannedEnd().filter(planned -> planned.isAfter(now))
                .map(planned -> " until about " + format(planned, now, zone)).orElse(" until it is unlocked");
    }

    private static String format(final Instant time, final Instant now, final ZoneId zone) {
        ZonedDateTime at = time.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        return (at.toLocalDate().equals(today) ? TODAY : OTHER_DAY).format(at);
    }
}
